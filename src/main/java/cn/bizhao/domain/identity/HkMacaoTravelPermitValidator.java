package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.IdDocumentType;
import java.util.regex.Pattern;

/**
 * 港澳居民来往内地通行证: H (Hong Kong) or M (Macao) and 8 or 10 digits, both lengths being in
 * circulation. There is no public check character.
 */
public final class HkMacaoTravelPermitValidator implements DocumentNumberValidator {
    private static final IdDocumentType TYPE = IdDocumentType.HK_MACAO_TRAVEL_PERMIT;
    private static final Pattern FORM = Pattern.compile("[HM](\\d{8}|\\d{10})");

    @Override
    public IdDocumentType type() {
        return TYPE;
    }

    @Override
    public Validation<IdNumber> validate(String typed) {
        String number = NumberText.canonical(typed);
        if (number.isEmpty()) {
            return Validation.invalid("validation.id.blank", TYPE);
        }
        return FORM.matcher(number).matches()
                ? Validation.valid(IdNumber.plain(TYPE, number))
                : Validation.invalid("validation.hkMacaoPermit.form");
    }
}
