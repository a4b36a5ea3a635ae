package cn.bizhao.service.capture;

/**
 * The photo's crop frame on a camera frame, in the frame's pixels: always 32:40 and inside the
 * frame when it comes from {@link CaptureService}.
 */
public record CropRect(int x, int y, int width, int height) {

    public double centreX() {
        return x + width / 2.0;
    }

    public double centreY() {
        return y + height / 2.0;
    }
}
