package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.IdDocumentType;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The one entry point for the 证件号码 field: checks a number by the document type chosen beside it. */
public final class IdDocumentValidator {
    private final Map<IdDocumentType, DocumentNumberValidator> byType = new EnumMap<>(IdDocumentType.class);

    /** @param clock today's date for birth-date checks; the composition root passes Asia/Shanghai */
    public IdDocumentValidator(Clock clock) {
        List<DocumentNumberValidator> all = List.of(
                new ResidentIdValidator(clock),
                new PassportValidator(),
                TravelPermitValidator.hkMacao(),
                TravelPermitValidator.taiwan(),
                new ResidencePermitValidator(clock),
                new ForeignPermanentResidenceIdValidator(clock));
        for (DocumentNumberValidator validator : all) {
            byType.put(validator.type(), validator);
        }
        // A document type added to the enum without a validator must fail at start, not at the counter.
        for (IdDocumentType type : IdDocumentType.values()) {
            if (!byType.containsKey(type)) {
                throw new IllegalStateException("no validator for document type " + type);
            }
        }
    }

    public Validation<IdNumber> validate(IdDocumentType type, String typed) {
        if (type == null) {
            return Validation.invalid("validation.id.typeMissing");
        }
        return byType.get(type).validate(typed);
    }
}
