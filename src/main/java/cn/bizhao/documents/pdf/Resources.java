package cn.bizhao.documents.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Classpath resources of the documents layer; a missing one fails with its path in the message. */
public final class Resources {
    private Resources() {
    }

    public static byte[] bytes(String path) {
        try (InputStream in = Resources.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read classpath resource " + path, e);
        }
    }
}
