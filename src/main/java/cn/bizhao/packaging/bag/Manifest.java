package cn.bizhao.packaging.bag;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A SHA-256 manifest (payload or tag): "checksum  path" lines (RFC 8493 section 2.1.3). Two
 * spaces, as {@code sha256sum} writes them, so that {@code sha256sum -c manifest-sha256.txt}
 * run inside the bag checks it too. In paths only CR, LF and % are percent-encoded.
 */
public final class Manifest {
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64})[ \\t]+\\*?(.+)");

    private final Map<String, String> checksums;
    private final List<String> malformedLines;

    private Manifest(Map<String, String> checksums, List<String> malformedLines) {
        this.checksums = Collections.unmodifiableMap(checksums);
        this.malformedLines = List.copyOf(malformedLines);
    }

    public static Manifest of(Map<String, String> checksums) {
        return new Manifest(new LinkedHashMap<>(checksums), List.of());
    }

    /** Lines that are not "checksum path", and paths listed twice, are kept for the verifier to report. */
    public static Manifest parse(String text) {
        Map<String, String> checksums = new LinkedHashMap<>();
        List<String> malformed = new ArrayList<>();
        for (String line : text.split("\r\n|\n")) {
            if (line.isEmpty()) {
                continue;
            }
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches() || checksums.putIfAbsent(decode(matcher.group(2)), matcher.group(1).toLowerCase()) != null) {
                malformed.add(line);
            }
        }
        return new Manifest(checksums, malformed);
    }

    /** Path (relative to the bag folder) to lower-case hex SHA-256, in manifest order. */
    public Map<String, String> checksums() {
        return checksums;
    }

    public List<String> malformedLines() {
        return malformedLines;
    }

    public byte[] bytes() {
        StringBuilder text = new StringBuilder();
        checksums.forEach((path, checksum) -> text.append(checksum).append("  ").append(encode(path)).append('\n'));
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String encode(String path) {
        return path.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String decode(String path) {
        return path.replace("%0D", "\r").replace("%0d", "\r").replace("%0A", "\n").replace("%0a", "\n").replace("%25", "%");
    }
}
