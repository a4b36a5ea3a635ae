package cn.bizhao.capture.photo;

import cn.bizhao.capture.Jpeg;
import cn.bizhao.capture.Scaling;
import cn.bizhao.capture.Sha256;
import java.awt.image.BufferedImage;

/**
 * Makes the form's photo from a camera frame or an imported picture: cut to the 32:40 crop frame,
 * resized to {@value #WIDTH}×{@value #HEIGHT} (32 mm × 40 mm at 305 dpi, above the 378×472
 * minimum and exactly 32:40), saved as JPEG, and its background checked.
 */
public final class PhotoMaker {
    public static final int WIDTH = 384;
    public static final int HEIGHT = 480;

    public Photo make(BufferedImage frame, PhotoCrop crop) {
        if (!crop.fitsIn(frame.getWidth(), frame.getHeight())) {
            throw new PhotoException(PhotoException.CROP_OUTSIDE, crop.width(), crop.height(), frame.getWidth(), frame.getHeight());
        }
        BufferedImage cut = frame.getSubimage(crop.x(), crop.y(), crop.width(), crop.height());
        BufferedImage sized = Scaling.to(cut, WIDTH, HEIGHT);
        byte[] jpeg = Jpeg.encode(sized);
        return new Photo(jpeg, WIDTH, HEIGHT, Sha256.of(jpeg), BackgroundCheck.of(sized));
    }

    /** With the default centred crop, for a picture that is already a portrait. */
    public Photo make(BufferedImage frame) {
        return make(frame, PhotoCrop.centred(frame.getWidth(), frame.getHeight()));
    }
}
