package cn.bizhao.capture.page;

import cn.bizhao.capture.Sha256;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Takes a JPG, PNG or PDF file as a material page. The bytes are kept exactly as they came (what
 * the applicant handed in is what is stored and sent on); they are only checked to be whole: a
 * picture must decode completely, a PDF must open and have pages.
 */
public final class PageImporter {
    /** About a 600 dpi scan of an A3 sheet; a picture beyond this is refused before it is decoded. */
    static final long MAX_PIXELS = 80_000_000L;
    /** A multi-page PDF of scans at a good resolution stays well below this; the file is read into memory whole. */
    static final long MAX_FILE_BYTES = 200L * 1024 * 1024;

    public ImportedPage read(Path file) {
        String name = file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ImportException(ImportException.TOO_LARGE, name);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(e, ImportException.CANNOT_OPEN, name);
        }
        return read(name, bytes);
    }

    public ImportedPage read(String fileName, byte[] bytes) {
        PageFormat format = PageFormat.of(bytes).orElseThrow(() -> new ImportException(ImportException.UNSUPPORTED, fileName));
        String sha256 = Sha256.of(bytes);
        if (format == PageFormat.PDF) {
            return new ImportedPage(fileName, format, bytes, sha256, pdfPages(fileName, bytes), Optional.empty());
        }
        return new ImportedPage(fileName, format, bytes, sha256, 1, Optional.of(picture(fileName, bytes)));
    }

    private static int pdfPages(String fileName, byte[] bytes) {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            int pages = document.getNumberOfPages();
            if (pages == 0) {
                throw new ImportException(ImportException.UNREADABLE, fileName);
            }
            return pages;
        } catch (InvalidPasswordException e) {
            throw new ImportException(e, ImportException.PDF_PROTECTED, fileName);
        } catch (IOException | RuntimeException e) {
            throw e instanceof ImportException known ? known : new ImportException(e, ImportException.UNREADABLE, fileName);
        }
    }

    private static BufferedImage picture(String fileName, byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new ImportException(ImportException.UNREADABLE, fileName);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return decodeWhole(reader, fileName);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw e instanceof ImportException known ? known : new ImportException(e, ImportException.UNREADABLE, fileName);
        }
    }

    /**
     * A truncated JPEG decodes "successfully" with its missing part grey and only a warning, so a
     * warning is taken as damage: half a certificate is no certificate.
     */
    private static BufferedImage decodeWhole(ImageReader reader, String fileName) throws IOException {
        if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
            throw new ImportException(ImportException.TOO_LARGE, fileName);
        }
        List<String> warnings = new ArrayList<>();
        reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
        BufferedImage image = reader.read(0);
        if (image == null || !warnings.isEmpty()) {
            throw new ImportException(ImportException.UNREADABLE, fileName);
        }
        return image;
    }
}
