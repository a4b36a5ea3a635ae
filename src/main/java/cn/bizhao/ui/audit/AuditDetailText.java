package cn.bizhao.ui.audit;

import cn.bizhao.domain.audit.AuditAction;
import cn.bizhao.i18n.Messages;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an audit record's detail says, in the reader's language. The stored detail stays as written
 * (machine-readable, part of the hash chain, exported as it is); a person on a screen reads this.
 * Each shape the services write has its own key; a part that is a name of the program's own values
 * (a status, a kind of material, a verdict, a package type) is shown by its name in the bundle; what a
 * person typed (a note, an opinion, a number) is shown as typed.
 */
public final class AuditDetailText {
    /** The enums whose constants may appear in a detail, by the prefix of their keys in the bundle. */
    private static final List<String> VALUE_PREFIXES = List.of("applicationStatus", "statusAction", "materialKind",
            "materialVerdict", "conclusionState", "outcome", "route", "verificationMethod", "verificationResult",
            "departmentOutcome", "role", "skillLevel", "exportKind", "auditAction");
    private static final Pattern STATUS = Pattern.compile("([A-Z_]+)->([A-Z_]+)(?:\\s+(.*))?", Pattern.DOTALL);
    private static final Pattern KEY = Pattern.compile("station key (created|renewed): generation (\\d+) (\\S+) (\\S+)");
    private static final Pattern TRUSTED = Pattern.compile("trusted (\\S+) (.*)", Pattern.DOTALL);
    private static final Pattern DISTRUSTED = Pattern.compile("distrusted (\\S+)");
    private static final Pattern CAMERA = Pattern.compile("camera (.*)", Pattern.DOTALL);
    private static final Pattern WORKSTATION = Pattern.compile("workstation (.*) (disabled|enabled)", Pattern.DOTALL);
    private static final Pattern HANDED_BACK = Pattern.compile("from (\\S+)");
    private static final Pattern USER_CREATED = Pattern.compile("create (\\S+) \\[(.*)]");
    private static final Pattern USER_ROLES = Pattern.compile("roles \\[(.*)] (\\S+)");
    private static final Pattern USER_CHANGED = Pattern.compile("(reset-password|disable|enable) (\\S+)");
    private static final Pattern TRAIL_EXPORTED = Pattern.compile("records=(\\d+)(.*)", Pattern.DOTALL);
    private static final Pattern BACKUP = Pattern.compile("to (.*) files=(\\d+) bytes=(\\d+)", Pattern.DOTALL);
    private static final Pattern PRINTED = Pattern.compile("(.*) x(\\d+) @ (.*)", Pattern.DOTALL);
    private static final Pattern REGISTER = Pattern.compile("certificate register: (\\d+) \\[(.*)]", Pattern.DOTALL);
    private static final Pattern EXPORTED = Pattern.compile("(submission|review|review-result) (.*)", Pattern.DOTALL);
    private static final Pattern IMPORTED = Pattern.compile(
            "(review|review-result) (\\S+) from (.*?)(?: decision ([A-Z_]+))?", Pattern.DOTALL);
    private static final Pattern CHANGES = Pattern.compile("(.*?) \\{(.*)}", Pattern.DOTALL);
    private static final Pattern SUBJECT = Pattern.compile("([a-z]+(?: [a-z]+)?)(?: (\\S+))?");
    private static final Pattern FIELD = Pattern.compile("(\\S+(?: \\d+)?): (.*) -> (.*)", Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("\\b[A-Z][A-Z_]+\\b");

    private final Messages messages;

    public AuditDetailText(Messages messages) {
        this.messages = messages;
    }

    /** The detail of a record of this action, for a person to read. */
    public String of(AuditAction action, String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        return shown(action, detail.strip()).strip();
    }

    private String shown(AuditAction action, String text) {
        return switch (action) {
            case STATUS_CHANGED -> match(STATUS, text, m -> messages.get("audit.detail.status", value(m.group(1)),
                    value(m.group(2)), note(m.group(3))), text);
            case SETTINGS_CHANGED -> settings(text);
            case USER_CHANGED -> user(text);
            case AUDIT_TRAIL_EXPORTED -> match(TRAIL_EXPORTED, text,
                    m -> messages.get("audit.detail.trailExported", m.group(1), filter(m.group(2))), text);
            case REVIEW_HANDED_BACK -> match(HANDED_BACK, text,
                    m -> messages.get("audit.detail.handedBack", m.group(1)), text);
            case BACKUP_MADE -> match(BACKUP, text,
                    m -> messages.get("audit.detail.backupMade", m.group(1), m.group(2), m.group(3)), text);
            case MATERIAL_CHANGED, FULL_NUMBER_SHOWN -> word(text);
            case APPLICATION_EDITED -> match(CHANGES, text, this::changes, text);
            case PACKAGE_EXPORTED -> match(EXPORTED, text,
                    m -> messages.get("audit.detail.packageExported", packageType(m.group(1)), m.group(2)), text);
            case PACKAGE_IMPORTED -> match(IMPORTED, text, m -> messages.get("audit.detail.packageImported",
                    packageType(m.group(1)), m.group(2), m.group(3),
                    m.group(4) == null ? "" : messages.get("audit.detail.decision", value(m.group(4)))), text);
            case DOCUMENT_PRINTED -> match(REGISTER, text,
                    m -> messages.get("audit.detail.register", m.group(1), m.group(2)),
                    match(PRINTED, text, m -> messages.get("audit.detail.printed", m.group(1), m.group(2), m.group(3)),
                            text));
            default -> values(text);
        };
    }

    /**
     * A note of a status change as the history shows it: a package type, an action or a status by its
     * name, anything typed as typed.
     */
    public String note(String note) {
        if (note == null || note.isBlank()) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        for (String word : note.strip().split(" ")) {
            if (!shown.isEmpty()) {
                shown.append(' ');
            }
            String type = word.isEmpty() ? null : packageTypeOrNull(word);
            String subject = "audit.detail.subject." + word;
            shown.append(type != null ? type : messages.bundle().containsKey(subject) ? messages.get(subject) : value(word));
        }
        return shown.toString();
    }

    /** The filter of an export of the trail ({@code from=… to=… action=…}) with the screen's own words. */
    private String filter(String parts) {
        StringBuilder shown = new StringBuilder();
        for (String part : parts.strip().split(" (?=[a-z]+=)")) {
            String[] pair = part.split("=", 2);
            String key = "audit.filter." + pair[0];
            if (pair.length == 2 && messages.bundle().containsKey(key)) {
                shown.append(shown.isEmpty() ? "" : " ").append(messages.get(key)).append(' ').append(value(pair[1]));
            } else if (!part.isBlank()) {
                shown.append(shown.isEmpty() ? "" : " ").append(part);
            }
        }
        return shown.toString();
    }

    private String settings(String text) {
        if (text.equals("seal")) {
            return messages.get("audit.detail.seal");
        }
        return match(KEY, text, m -> messages.get("audit.detail.stationKey." + m.group(1), m.group(2), m.group(3),
                m.group(4)), match(TRUSTED, text, m -> messages.get("audit.detail.trusted", m.group(2), m.group(1)),
                match(DISTRUSTED, text, m -> messages.get("audit.detail.distrusted", m.group(1)),
                        match(CAMERA, text, m -> messages.get("audit.detail.camera", m.group(1)),
                                match(WORKSTATION, text, m -> messages.get("audit.detail.workstation." + m.group(2),
                                        m.group(1)), text)))));
    }

    private String user(String text) {
        return match(USER_CREATED, text, m -> messages.get("audit.detail.userCreated", m.group(1), values(m.group(2))),
                match(USER_ROLES, text, m -> messages.get("audit.detail.userRoles", m.group(2), values(m.group(1))),
                        match(USER_CHANGED, text, m -> messages.get("audit.detail.user." + m.group(1), m.group(2)),
                                text)));
    }

    private String changes(Matcher m) {
        String subject = match(SUBJECT, m.group(1), s -> {
            String key = "audit.detail.subject." + s.group(1).replace(' ', '.');
            if (!messages.bundle().containsKey(key)) {
                return values(m.group(1));
            }
            return messages.get(key) + (s.group(2) == null ? "" : " " + value(s.group(2)));
        }, values(m.group(1)));
        StringBuilder shown = new StringBuilder(subject).append(messages.get("audit.detail.colon"));
        String[] fields = m.group(2).split("; ");
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                shown.append(messages.get("cli.listSeparator"));
            }
            String field = fields[i];
            shown.append(match(FIELD, field, f -> messages.get("audit.detail.field", fieldName(f.group(1)),
                    shownValue(f.group(2)), shownValue(f.group(3))), values(field)));
        }
        return shown.toString();
    }

    private String fieldName(String name) {
        String[] parts = name.split(" ", 2);
        String key = "audit.detail.field." + parts[0];
        String shown = messages.bundle().containsKey(key) ? messages.get(key) : parts[0];
        return parts.length == 1 ? shown : shown + " " + parts[1];
    }

    /** A value before or after an edit: "-" is none, a quoted one is shown without quotes, by its name if it has one. */
    private String shownValue(String value) {
        if (value.equals("-")) {
            return messages.get("audit.detail.none");
        }
        String unquoted = value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1).replace("\\\"", "\"") : value;
        return value(unquoted);
    }

    private String word(String text) {
        String key = "audit.detail.word." + text;
        return messages.bundle().containsKey(key) ? messages.get(key) : values(text);
    }

    private String packageType(String label) {
        String shown = packageTypeOrNull(label);
        return shown == null ? label : shown;
    }

    private String packageTypeOrNull(String label) {
        String key = "packageType." + label.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        return messages.bundle().containsKey(key) ? messages.get(key) : null;
    }

    /** One value: its name when it is one of the program's own, else as written. */
    private String value(String word) {
        for (String prefix : VALUE_PREFIXES) {
            String key = prefix + "." + word;
            if (messages.bundle().containsKey(key)) {
                return messages.get(key);
            }
        }
        return word;
    }

    /** Every program value named in a free text shown by its name. */
    private String values(String text) {
        return TOKEN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(value(m.group())));
    }

    private static String match(Pattern pattern, String text, Function<Matcher, String> shown, String otherwise) {
        Matcher m = pattern.matcher(text);
        return m.matches() ? shown.apply(m) : otherwise;
    }
}
