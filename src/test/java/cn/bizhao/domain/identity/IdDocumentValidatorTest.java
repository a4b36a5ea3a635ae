package cn.bizhao.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import cn.bizhao.domain.application.Gender;
import cn.bizhao.domain.application.IdDocumentType;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IdDocumentValidatorTest {
    private static final TestNumbers NUMBERS = TestNumbers.seeded();
    private static final Map<IdDocumentType, String> VALID = new EnumMap<>(Map.of(
            IdDocumentType.RESIDENT_ID, NUMBERS.residentId(),
            IdDocumentType.PASSPORT, NUMBERS.passport(),
            IdDocumentType.HK_MACAO_TRAVEL_PERMIT, NUMBERS.hkMacaoPermit('H', 8),
            IdDocumentType.TAIWAN_TRAVEL_PERMIT, NUMBERS.taiwanPermit(),
            IdDocumentType.HMT_RESIDENCE_PERMIT, NUMBERS.residencePermit("820000", LocalDate.of(1995, 4, 4), Gender.MALE),
            IdDocumentType.FOREIGN_PERMANENT_RESIDENCE_ID, NUMBERS.foreignPermanent2023(LocalDate.of(1970, 1, 2))));

    private final IdDocumentValidator validator = new IdDocumentValidator(TestNumbers.CLOCK);

    @ParameterizedTest
    @EnumSource(IdDocumentType.class)
    void acceptsAValidNumberOfEveryDocumentType(IdDocumentType type) {
        IdNumber number = validator.validate(type, VALID.get(type)).orElseThrow();

        assertThat(number.type()).isEqualTo(type);
    }

    @Test
    void checksTheNumberByTheChosenType() {
        String passportNumber = VALID.get(IdDocumentType.PASSPORT);

        assertThat(validator.validate(IdDocumentType.TAIWAN_TRAVEL_PERMIT, passportNumber))
                .isEqualTo(Validation.invalid("validation.taiwanPermit.form"));
    }

    @Test
    void asksForTheDocumentTypeFirst() {
        assertThat(validator.validate(null, VALID.get(IdDocumentType.RESIDENT_ID)))
                .isEqualTo(Validation.invalid("validation.id.typeMissing"));
    }

    @ParameterizedTest
    @EnumSource(IdDocumentType.class)
    void validNormalFormIsTheIdentityKeysNumber(IdDocumentType type) {
        IdNumber number = validator.validate(type, " " + VALID.get(type).toLowerCase() + " ").orElseThrow();

        assertThat(new IdentityKey(type, " " + VALID.get(type).toLowerCase())).isEqualTo(number.identityKey());
    }
}
