package cn.bizhao.packaging.write;

import java.io.IOException;
import java.io.InputStream;

/** Opens one file's bytes when the writer reaches it, so nothing is read before it is needed. */
@FunctionalInterface
public interface ContentSource {
    InputStream open() throws IOException;
}
