package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.IdDocumentType;

/** The check of one kind of identity document's number. */
public interface DocumentNumberValidator {

    IdDocumentType type();

    /** Checks a number as typed (spaces, full-width characters and lower case are tolerated). */
    Validation<IdNumber> validate(String typed);
}
