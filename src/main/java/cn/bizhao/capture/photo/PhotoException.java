package cn.bizhao.capture.photo;

import cn.bizhao.capture.CaptureException;

/** A photo cannot be made from this frame. */
public class PhotoException extends CaptureException {
    /** The frame is too small to hold a usable 32:40 photo. */
    public static final String FRAME_TOO_SMALL = "capture.photo.frameTooSmall";
    /** The crop frame lies partly outside the image. */
    public static final String CROP_OUTSIDE = "capture.photo.cropOutside";

    public PhotoException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
