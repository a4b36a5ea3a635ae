package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.IdDocumentType;
import java.util.regex.Pattern;

/**
 * The mainland travel permits, whose numbers have a fixed form and no public check character:
 * 港澳居民来往内地通行证 (H or M and 8 or 10 digits, both lengths in circulation) and
 * 台湾居民来往大陆通行证 (8 digits, kept for life across renewals).
 */
public final class TravelPermitValidator implements DocumentNumberValidator {
    private final IdDocumentType type;
    private final Pattern form;
    private final String formMessageKey;

    private TravelPermitValidator(IdDocumentType type, String form, String formMessageKey) {
        this.type = type;
        this.form = Pattern.compile(form);
        this.formMessageKey = formMessageKey;
    }

    public static TravelPermitValidator hkMacao() {
        return new TravelPermitValidator(IdDocumentType.HK_MACAO_TRAVEL_PERMIT, "[HM](\\d{8}|\\d{10})",
                "validation.hkMacaoPermit.form");
    }

    public static TravelPermitValidator taiwan() {
        return new TravelPermitValidator(IdDocumentType.TAIWAN_TRAVEL_PERMIT, "\\d{8}", "validation.taiwanPermit.form");
    }

    @Override
    public IdDocumentType type() {
        return type;
    }

    @Override
    public Validation<IdNumber> validate(String typed) {
        String number = NumberText.canonical(typed);
        if (number.isEmpty()) {
            return Validation.invalid("validation.id.blank", type);
        }
        return form.matcher(number).matches()
                ? Validation.valid(IdNumber.plain(type, number))
                : Validation.invalid(formMessageKey);
    }
}
