package cn.bizhao.domain.identity;

import cn.bizhao.domain.application.IdDocumentType;
import java.util.regex.Pattern;

/** 台湾居民来往大陆通行证: 8 digits, kept for life across renewals; there is no public check character. */
public final class TaiwanTravelPermitValidator implements DocumentNumberValidator {
    private static final IdDocumentType TYPE = IdDocumentType.TAIWAN_TRAVEL_PERMIT;
    private static final Pattern FORM = Pattern.compile("\\d{8}");

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
                : Validation.invalid("validation.taiwanPermit.form");
    }
}
