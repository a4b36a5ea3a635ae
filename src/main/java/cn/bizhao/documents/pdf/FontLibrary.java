package cn.bizhao.documents.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts shipped with the program, so that a form prints the same on every counter PC: AR PL
 * UMing (a Ming/Song face, Arphic Public License) for the body and Droid Sans Fallback (Apache-2.0)
 * as the 黑体 of titles. Both are parsed once per process: parsing the 21 MB collection costs more
 * than a whole form. A parsed font is not safe for concurrent use, so callers hold this object's
 * lock while a document using it is built and saved ({@link PdfComposer} does).
 */
public final class FontLibrary {
    static final String SONG_RESOURCE = "/fonts/uming.ttc";
    static final String SONG_FACE = "UMingCN";
    static final String HEI_RESOURCE = "/fonts/DroidSansFallbackFull.ttf";

    private final TrueTypeFont song;
    private final TrueTypeFont hei;

    private FontLibrary(TrueTypeFont song, TrueTypeFont hei) {
        this.song = song;
        this.hei = hei;
    }

    /** The bundled fonts, loaded on first use and kept for the life of the process. */
    public static FontLibrary bundled() {
        return Holder.INSTANCE;
    }

    /** Embeds both faces into a document as subsets: only the glyphs used are written. */
    PdfFonts embedInto(PDDocument document) {
        try {
            return new PdfFonts(PDType0Font.load(document, song, true), song,
                    PDType0Font.load(document, hei, true), hei);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot embed the bundled fonts", e);
        }
    }

    private static FontLibrary load() {
        try {
            // The collection stays open for the process: its font reads glyphs from it when subsetting.
            @SuppressWarnings("resource")
            TrueTypeCollection collection =
                    new TrueTypeCollection(new ByteArrayInputStream(Resources.bytes(SONG_RESOURCE)));
            TrueTypeFont song = collection.getFontByName(SONG_FACE);
            if (song == null) {
                throw new IllegalStateException("face " + SONG_FACE + " not found in " + SONG_RESOURCE);
            }
            TrueTypeFont hei = new TTFParser().parse(new RandomAccessReadBuffer(Resources.bytes(HEI_RESOURCE)));
            return new FontLibrary(song, hei);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the bundled fonts", e);
        }
    }

    private static final class Holder {
        static final FontLibrary INSTANCE = load();
    }
}
