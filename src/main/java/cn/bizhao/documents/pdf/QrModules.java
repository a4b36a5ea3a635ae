package cn.bizhao.documents.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The dark squares of a QR code inside a rectangle, with the four-module quiet zone scanners need. */
final class QrModules {
    private static final int QUIET_ZONE = 4;

    private QrModules() {
    }

    /** Dark modules merged into horizontal bars, which keeps the content stream small. */
    static List<Rect> bars(String text, Rect area) {
        BitMatrix matrix = encode(text);
        double side = Math.min(area.width(), area.height());
        double module = side / (matrix.getWidth() + 2 * QUIET_ZONE);
        Rect square = area.centered(side, side);
        double originX = square.x() + QUIET_ZONE * module;
        double originY = square.y() + QUIET_ZONE * module;
        List<Rect> bars = new ArrayList<>();
        for (int row = 0; row < matrix.getHeight(); row++) {
            int col = 0;
            while (col < matrix.getWidth()) {
                if (!matrix.get(col, row)) {
                    col++;
                    continue;
                }
                int start = col;
                while (col < matrix.getWidth() && matrix.get(col, row)) {
                    col++;
                }
                bars.add(new Rect(originX + start * module, originY + row * module, (col - start) * module, module));
            }
        }
        return bars;
    }

    private static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode as QR code: " + text, e);
        }
    }
}
