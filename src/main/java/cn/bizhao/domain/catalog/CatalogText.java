package cn.bizhao.domain.catalog;

/**
 * The one normal form of catalogue text: the attachment mixes half-width and full-width brackets
 * and stray spaces, which must not make two spellings of the same entry differ.
 */
public final class CatalogText {
    private CatalogText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        return text.strip()
                .replace('(', '\uFF08')
                .replace(')', '\uFF09')
                .replaceAll("\\s+", " ")
                .replace(" \uFF08", "\uFF08")
                .replace("\uFF08 ", "\uFF08")
                .replace(" \uFF09", "\uFF09");
    }

    /** Two texts name the same thing when their normal forms are equal. */
    public static boolean same(String a, String b) {
        return normalize(a).equals(normalize(b));
    }
}
