package cn.bizhao.packaging.write;

import cn.bizhao.domain.application.Page;
import java.io.IOException;
import java.io.InputStream;

/** Opens a page's stored bytes (from the database's blob store) when the writer reaches it. */
@FunctionalInterface
public interface PageSource {
    InputStream open(Page page) throws IOException;
}
