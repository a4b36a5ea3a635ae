package cn.bizhao.service.document;

import cn.bizhao.domain.DomainException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** A seal must be a PNG with an alpha channel, or it would blank out the form under it. */
final class SealImage {
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private SealImage() {
    }

    static void requireTransparentPng(byte[] png) {
        if (png.length < PNG_SIGNATURE.length || !java.util.Arrays.equals(PNG_SIGNATURE, 0, PNG_SIGNATURE.length,
                png, 0, PNG_SIGNATURE.length)) {
            throw new DomainException("error.seal.notPng");
        }
        BufferedImage image;
        try {
            image = ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            throw new DomainException("error.seal.notPng");
        }
        if (image == null) {
            throw new DomainException("error.seal.notPng");
        }
        if (!image.getColorModel().hasAlpha()) {
            throw new DomainException("error.seal.noTransparency");
        }
    }
}
