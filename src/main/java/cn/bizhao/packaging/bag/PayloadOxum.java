package cn.bizhao.packaging.bag;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Payload-Oxum: the payload's total bytes and file count, "bytes.count" (RFC 8493 section 2.2.2). */
public record PayloadOxum(long bytes, long count) {
    private static final Pattern FORMAT = Pattern.compile("(\\d{1,18})\\.(\\d{1,18})");

    public static Optional<PayloadOxum> parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new PayloadOxum(Long.parseLong(matcher.group(1)), Long.parseLong(matcher.group(2))));
    }

    public PayloadOxum plus(long fileBytes) {
        return new PayloadOxum(bytes + fileBytes, count + 1);
    }

    @Override
    public String toString() {
        return bytes + "." + count;
    }
}
