package cn.bizhao.service.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The audit detail of an edit: each field that changed, before and after. */
final class Changes {
    private final String subject;
    private final List<String> fields = new ArrayList<>();

    private Changes(String subject) {
        this.subject = subject;
    }

    static Changes of(String subject) {
        return new Changes(subject);
    }

    Changes field(String name, Object before, Object after) {
        if (!Objects.equals(text(before), text(after))) {
            fields.add(name + ": " + text(before) + " -> " + text(after));
        }
        return this;
    }

    boolean isEmpty() {
        return fields.isEmpty();
    }

    @Override
    public String toString() {
        return subject + " {" + String.join("; ", fields) + "}";
    }

    private static String text(Object value) {
        if (value == null) {
            return "-";
        }
        String text = value.toString();
        return text.isEmpty() ? "-" : '"' + text.replace("\"", "\\\"") + '"';
    }
}
