package cn.bizhao.domain.catalog;

/** 境外等级 as written in the catalogue; "/" means the overseas certificate carries no level. */
public final class OverseasLevel {
    public static final String NONE = "/";

    private OverseasLevel() {
    }

    /** Normal form of a level typed by a person: blank and "/" both mean no level. */
    public static String normalize(String level) {
        String text = CatalogText.normalize(level);
        return text.isEmpty() || text.equals("\uFF0F") ? NONE : text;
    }

    public static boolean isNone(String level) {
        return NONE.equals(normalize(level));
    }
}
