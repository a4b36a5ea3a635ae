package cn.bizhao.documents.pdf;

import cn.bizhao.documents.DocumentException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The fonts embedded in one document, with measuring. A character missing from a role's face is
 * taken from the other face (names can hold rare characters that one face lacks); a character in
 * neither cannot be printed and is refused with a message rather than printed as an empty box.
 */
final class PdfFonts {
    private final Map<FontRole, PDFont> fonts = new EnumMap<>(FontRole.class);
    private final Map<FontRole, TrueTypeFont> faces = new EnumMap<>(FontRole.class);
    private final Map<PDFont, Map<Integer, Float>> widths = new HashMap<>();

    PdfFonts(PDFont song, TrueTypeFont songFace, PDFont hei, TrueTypeFont heiFace) {
        fonts.put(FontRole.SONG, song);
        fonts.put(FontRole.HEI, hei);
        faces.put(FontRole.SONG, songFace);
        faces.put(FontRole.HEI, heiFace);
    }

    PDFont font(FontRole role) {
        return fonts.get(role);
    }

    /** Width of a text at 1 pt, in points. */
    float width(String text, FontRole role) {
        float sum = 0;
        for (Run run : runs(text, role)) {
            for (int i = 0; i < run.text().length(); ) {
                int cp = run.text().codePointAt(i);
                sum += charWidth(run.font(), cp);
                i += Character.charCount(cp);
            }
        }
        return sum;
    }

    /** The text cut into runs of one font each. */
    List<Run> runs(String text, FontRole role) {
        List<Run> runs = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        PDFont currentFont = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            PDFont font = fontFor(cp, role);
            if (font != currentFont && current.length() > 0) {
                runs.add(new Run(current.toString(), currentFont));
                current.setLength(0);
            }
            currentFont = font;
            current.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        if (current.length() > 0) {
            runs.add(new Run(current.toString(), currentFont));
        }
        return runs;
    }

    private PDFont fontFor(int codePoint, FontRole role) {
        if (covers(role, codePoint)) {
            return fonts.get(role);
        }
        FontRole other = role == FontRole.SONG ? FontRole.HEI : FontRole.SONG;
        if (covers(other, codePoint)) {
            return fonts.get(other);
        }
        throw new DocumentException("document.error.unprintableCharacter", new String(Character.toChars(codePoint)));
    }

    private boolean covers(FontRole role, int codePoint) {
        try {
            return faces.get(role).getUnicodeCmapLookup().getGlyphId(codePoint) > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private float charWidth(PDFont font, int codePoint) {
        return widths.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                return font.getStringWidth(new String(Character.toChars(cp))) / 1000f;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
