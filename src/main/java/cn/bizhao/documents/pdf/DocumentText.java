package cn.bizhao.documents.pdf;

import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.catalog.CatalogEntry;
import cn.bizhao.i18n.Messages;
import java.time.LocalDate;

/** Texts and positions that every printed document writes the same way. */
public final class DocumentText {
    /** Signature lines (…（盖章）) start here, as a fraction of their cell's width, on every document. */
    public static final double SIGNATURE_AT = 0.55;
    /** Date lines start here, so the dates of all documents line up under their signatures. */
    public static final double DATE_AT = 0.72;

    private DocumentText() {
    }

    /** The date as 2025年3月5日, or the empty 年　　月　　日 to be written by hand when there is no date. */
    public static String date(Messages text, LocalDate date) {
        return date == null ? text.get("document.date.blank")
                : text.get("document.date.filled", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }

    /** 拟比照认定职业（工种）及等级, from the catalogue row the certificate was compared against. */
    public static String mappedOccupationAndLevel(Messages text, OverseasCertificate certificate) {
        if (certificate.catalogMapping() == null) {
            return "";
        }
        CatalogEntry entry = certificate.catalogMapping().entry();
        return text.get("document.form.mapped.value", entry.occupation(), entry.level());
    }

    /** A typed value as printed: null is an empty cell, surrounding spaces dropped. */
    public static String clean(String value) {
        return value == null ? "" : value.strip();
    }
}
