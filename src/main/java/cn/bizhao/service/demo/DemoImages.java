package cn.bizhao.service.demo;

import cn.bizhao.capture.Jpeg;
import cn.bizhao.capture.page.PageImporter;
import cn.bizhao.capture.page.PageStraightener;
import cn.bizhao.capture.photo.PhotoMaker;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo's photos and pages made from the pictures in {@code resources/demo} the way the counter
 * makes them: the photo through the 32:40 photo maker, pages found on the desk and straightened.
 * Each picture is processed once: straightening is the slow part of {@code bizhao demo}.
 */
final class DemoImages {
    private static final String FOLDER = "/demo/";

    private final PageImporter importer = new PageImporter();
    private final Map<String, byte[]> photos = new HashMap<>();
    private final Map<String, byte[]> pages = new HashMap<>();

    /** The 384×480 JPEG photo made from the demo portrait. */
    byte[] photo(String name) {
        return photos.computeIfAbsent(name, n -> new PhotoMaker().make(picture(n)).jpeg());
    }

    /** The JPEG page cut out of the demo desk photo and straightened. */
    byte[] page(String name) {
        return pages.computeIfAbsent(name, n -> Jpeg.encode(new PageStraightener().straighten(picture(n)).image()));
    }

    private BufferedImage picture(String name) {
        return importer.read(name, DemoResources.bytes(FOLDER + name)).image().orElseThrow();
    }
}
