package cn.bizhao.documents.pdf;

import cn.bizhao.documents.DocumentException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Embeds a picture at no more resolution than paper shows: a JPEG photo of sensible size is copied
 * into the PDF untouched, while an oversized photo or seal (a 4000-pixel phone picture, a seal
 * scanned at 1200 dpi) is scaled down to 300 dpi at its printed size, so a form stays small and
 * fast to produce whatever the administrator configured. PNG keeps its transparency.
 */
final class PictureEmbedder {
    static final int PRINT_DPI = 300;
    /** Pictures up to this density are embedded as they are. */
    private static final int MAX_DPI = 400;
    private static final float JPEG_QUALITY = 0.9f;

    private PictureEmbedder() {
    }

    static PDImageXObject embed(PDDocument document, Picture picture) {
        try {
            byte[] bytes = picture.bytes();
            return isJpeg(bytes) ? jpeg(document, picture, bytes) : lossless(document, picture, bytes);
        } catch (IOException | RuntimeException e) {
            throw new DocumentException(e, "document.error.badImage", picture.id());
        }
    }

    private static PDImageXObject jpeg(PDDocument document, Picture picture, byte[] bytes) throws IOException {
        int[] size = jpegSize(bytes);
        if (!tooDense(size[0], size[1], picture.rect())) {
            return JPEGFactory.createFromByteArray(document, bytes);
        }
        return JPEGFactory.createFromImage(document, scaled(read(bytes), picture.rect()), JPEG_QUALITY);
    }

    private static PDImageXObject lossless(PDDocument document, Picture picture, byte[] bytes) throws IOException {
        BufferedImage image = read(bytes);
        boolean dense = tooDense(image.getWidth(), image.getHeight(), picture.rect());
        return LosslessFactory.createFromImage(document, dense ? scaled(image, picture.rect()) : image);
    }

    private static boolean tooDense(int width, int height, Rect rect) {
        return width > pixels(rect.width(), MAX_DPI) || height > pixels(rect.height(), MAX_DPI);
    }

    /** Halving steps, then one bilinear step: smooth edges on the seal's thin lines. */
    private static BufferedImage scaled(BufferedImage source, Rect rect) {
        double factor = Math.min((double) pixels(rect.width(), PRINT_DPI) / source.getWidth(),
                (double) pixels(rect.height(), PRINT_DPI) / source.getHeight());
        int targetW = Math.max(1, (int) Math.round(source.getWidth() * factor));
        int targetH = Math.max(1, (int) Math.round(source.getHeight() * factor));
        BufferedImage current = source;
        while (current.getWidth() / 2 >= targetW && current.getHeight() / 2 >= targetH) {
            current = draw(current, current.getWidth() / 2, current.getHeight() / 2);
        }
        return current.getWidth() == targetW && current.getHeight() == targetH ? current : draw(current, targetW, targetH);
    }

    private static BufferedImage draw(BufferedImage source, int width, int height) {
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    private static int pixels(double mm, int dpi) {
        return (int) Math.ceil(mm / 25.4 * dpi);
    }

    private static boolean isJpeg(byte[] bytes) {
        return bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
    }

    private static BufferedImage read(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        if (image == null) {
            throw new IOException("not a readable image");
        }
        return image;
    }

    /** Width and height from the JPEG header, without decoding the pixels. */
    private static int[] jpegSize(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no JPEG reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }
}
