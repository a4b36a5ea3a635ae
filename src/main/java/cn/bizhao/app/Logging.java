package cn.bizhao.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** Points the log (and Derby's own log) into the data home before the first logger is made. */
final class Logging {
    private Logging() {
    }

    static void start(DataHome home) {
        try {
            Files.createDirectories(home.logs());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("bizhao.logDir", home.logs().toString());
        System.setProperty("derby.stream.error.file", home.logs().resolve("derby.log").toString());
    }
}
