package cn.bizhao.ui.packages;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/** One application that may be exported, with its tick box; the document number is masked. */
public final class ExportRow {
    private final long applicationId;
    private final String acceptanceNo;
    private final String applicant;
    private final String maskedIdNumber;
    private final String status;
    private final BooleanProperty selected = new SimpleBooleanProperty(true);

    public ExportRow(long applicationId, String acceptanceNo, String applicant, String maskedIdNumber, String status) {
        this.applicationId = applicationId;
        this.acceptanceNo = acceptanceNo;
        this.applicant = applicant;
        this.maskedIdNumber = maskedIdNumber;
        this.status = status;
    }

    public long applicationId() {
        return applicationId;
    }

    public String acceptanceNo() {
        return acceptanceNo;
    }

    public String applicant() {
        return applicant;
    }

    public String maskedIdNumber() {
        return maskedIdNumber;
    }

    public String status() {
        return status;
    }

    public BooleanProperty selectedProperty() {
        return selected;
    }
}
