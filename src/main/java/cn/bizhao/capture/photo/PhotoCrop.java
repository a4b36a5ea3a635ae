package cn.bizhao.capture.photo;

/**
 * The crop frame on a camera frame: always 32:40 (the form's 32 mm × 40 mm 二寸 photo), always
 * inside the frame. Widths are multiples of 4 so that the height (width × 5/4) is exact.
 */
public record PhotoCrop(int x, int y, int width, int height) {
    /** Below this the photo would be mostly upscaling blur. */
    public static final int MIN_WIDTH = 64;

    public PhotoCrop {
        if (width < MIN_WIDTH || width % 4 != 0 || height != width / 4 * 5 || x < 0 || y < 0) {
            throw new IllegalArgumentException("not a 32:40 crop: " + x + "," + y + " " + width + "x" + height);
        }
    }

    /** The largest 32:40 frame centred on the image: where a face usually is, before the clerk adjusts it. */
    public static PhotoCrop centred(int imageWidth, int imageHeight) {
        return fitted(0, 0, imageWidth, imageHeight, imageWidth, imageHeight);
    }

    /**
     * The 32:40 frame closest to the rectangle the clerk drew: the largest one inside it, around
     * the same centre, made smaller if it does not fit the image and moved back inside it.
     */
    public static PhotoCrop fitted(int x, int y, int width, int height, int imageWidth, int imageHeight) {
        int largestInImage = roundDownTo4(Math.min(imageWidth, imageHeight * 4 / 5));
        if (largestInImage < MIN_WIDTH) {
            throw new PhotoException(PhotoException.FRAME_TOO_SMALL, imageWidth, imageHeight);
        }
        int asked = roundDownTo4(Math.min(width, height * 4 / 5));
        int cropWidth = Math.max(MIN_WIDTH, Math.min(asked, largestInImage));
        int cropHeight = cropWidth / 4 * 5;
        int cropX = clamp(x + width / 2 - cropWidth / 2, imageWidth - cropWidth);
        int cropY = clamp(y + height / 2 - cropHeight / 2, imageHeight - cropHeight);
        return new PhotoCrop(cropX, cropY, cropWidth, cropHeight);
    }

    public boolean fitsIn(int imageWidth, int imageHeight) {
        return x + width <= imageWidth && y + height <= imageHeight;
    }

    private static int roundDownTo4(int value) {
        return value / 4 * 4;
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(value, max));
    }
}
