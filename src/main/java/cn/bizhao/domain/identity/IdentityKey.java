package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.IdDocumentType;
import java.util.Objects;
import java.util.Optional;

/**
 * One person as the counter knows them: document type and number in normal form. The number is
 * normalised here rather than validated, so that a draft with a number not yet checked still finds
 * its duplicates; a valid number's normal form is the same text, so both meet on one key.
 *
 * <p>One person holding two documents (a passport and a permanent residence card) has two keys:
 * nothing in the numbers links them, and guessing would merge strangers.
 */
public record IdentityKey(IdDocumentType type, String number) {
    public IdentityKey {
        Objects.requireNonNull(type, "type");
        number = NumberText.canonical(number);
        if (number.isEmpty()) {
            throw new IllegalArgumentException("document number must not be blank");
        }
    }

    /** The applicant's key, empty while the document type or number is not filled in. */
    public static Optional<IdentityKey> of(Applicant applicant) {
        if (applicant == null || applicant.idType() == null || NumberText.canonical(applicant.idNumber()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new IdentityKey(applicant.idType(), applicant.idNumber()));
    }
}
