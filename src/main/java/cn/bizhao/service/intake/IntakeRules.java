package cn.bizhao.service.intake;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.Applicant;
import cn.bizhao.domain.application.AcceptanceNumber;
import cn.bizhao.domain.application.CatalogMapping;
import cn.bizhao.domain.application.OverseasCertificate;
import cn.bizhao.domain.catalog.CatalogText;
import cn.bizhao.domain.identity.CreditCodes;
import cn.bizhao.domain.application.IdDocumentType;
import cn.bizhao.domain.identity.IdDocumentValidator;
import cn.bizhao.domain.identity.IdNumber;
import cn.bizhao.domain.identity.PhoneNumbers;
import cn.bizhao.domain.identity.Validation;
import cn.bizhao.domain.identity.YearsOfWork;
import cn.bizhao.persistence.UnitOfWork;
import cn.bizhao.persistence.application.ApplicationMapper;
import cn.bizhao.service.station.StationInfo;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Supplier;

/** The checks and numbering that acceptance needs, apart from the flow itself. */
public final class IntakeRules {
    private final IdDocumentValidator documents;
    private final Supplier<StationInfo> station;
    private final ZoneId zone;

    public IntakeRules(IdDocumentValidator documents, Supplier<StationInfo> station, ZoneId zone) {
        this.documents = documents;
        this.station = station;
        this.zone = zone;
    }

    boolean sameCertificate(OverseasCertificate a, OverseasCertificate b) {
        return CatalogText.same(a.project(), b.project()) && CatalogText.same(a.level(), b.level())
                && CatalogText.same(a.issuingCountryAndBody(), b.issuingCountryAndBody());
    }

    /** The check shown beside the 证件号码 field as the clerk types. */
    Validation<IdNumber> checkIdNumber(IdDocumentType type, String typed) {
        return documents.validate(type, typed);
    }

    /** Every typed number valid, each refused with its own message; returns them in normal form. */
    Applicant requireValid(Applicant a) {
        String idNumber = documents.validate(a.idType(), a.idNumber()).orElseThrow().value();
        String phone = PhoneNumbers.validate(a.phone()).orElseThrow().value();
        String creditCode = a.employerCreditCode() == null || a.employerCreditCode().isBlank() ? null
                : CreditCodes.validate(a.employerCreditCode()).orElseThrow().value();
        Integer years = a.yearsInOccupation();
        if (years != null) {
            YearsOfWork.validate(years.toString()).orElseThrow();
        }
        return new Applicant(a.name().strip(), a.gender(), a.nationality(), a.education(), a.schoolAndMajor(), a.idType(),
                idNumber, a.employer(), creditCode, a.address(), phone, a.currentOccupation(), years, a.category(),
                a.foreignNational());
    }

    /** Only the catalogue in force can be applied (notice 四(四)). */
    void requireCurrentCatalogue(CatalogMapping mapping, String currentVersion) {
        if (mapping == null || !Objects.equals(mapping.catalogVersion(), currentVersion)) {
            throw new DomainException("error.intake.compareAgain", currentVersion);
        }
    }

    /**
     * The next number of the institution's year, counted in the caller's transaction: the counter's row
     * stays locked until that transaction ends, so counters at several stations take turns, and a
     * transaction rolled back gives its number back (one series, no gaps).
     */
    String nextAcceptanceNumber(UnitOfWork uow, Instant now) {
        String code = station.get().institutionCode();
        int year = now.atZone(zone).getYear();
        ApplicationMapper counter = uow.mapper(ApplicationMapper.class);
        if (counter.incrementAcceptanceCounter(code, year) == 0) {
            counter.insertAcceptanceCounter(code, year, 0);
            counter.incrementAcceptanceCounter(code, year);
        }
        return AcceptanceNumber.format(code, year, counter.lastAcceptanceNumber(code, year));
    }
}
