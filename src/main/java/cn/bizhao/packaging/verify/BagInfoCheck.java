package cn.bizhao.packaging.verify;

import cn.bizhao.packaging.PackageLayout;
import cn.bizhao.packaging.PackageType;
import cn.bizhao.packaging.bag.BagInfo;
import cn.bizhao.packaging.bag.PayloadOxum;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** bag-info.txt: the required fields, their forms, the format version, and Payload-Oxum against the payload. */
final class BagInfoCheck {
    private static final String PATH = PackageLayout.BAG_INFO;

    private BagInfoCheck() {
    }

    static void check(BagContents bag, ReportBuilder report) {
        Optional<byte[]> bytes = bag.bytes(PATH);
        if (bytes.isEmpty()) {
            return;
        }
        BagInfo info = BagInfo.parse(new String(bytes.get(), StandardCharsets.UTF_8));
        info.repeatedOrMalformed().forEach(label -> report.add(FindingCode.BAG_INFO_FIELD_INVALID, PATH, label));
        BagInfo.REQUIRED.stream().filter(label -> info.get(label).isEmpty())
                .forEach(label -> report.add(FindingCode.BAG_INFO_FIELD_MISSING, PATH, label));
        info.get(BagInfo.FORMAT).filter(v -> !v.equals(Integer.toString(PackageLayout.FORMAT)))
                .ifPresent(v -> report.add(FindingCode.UNKNOWN_FORMAT_VERSION, PATH, v));
        info.get(BagInfo.PACKAGE_TYPE).ifPresent(type -> {
            report.packageType(type);
            if (PackageType.ofLabel(type).isEmpty()) {
                report.add(FindingCode.BAG_INFO_FIELD_INVALID, PATH, BagInfo.PACKAGE_TYPE + ": " + type);
            }
        });
        info.get(BagInfo.BAGGING_DATE).filter(date -> !isDate(date))
                .ifPresent(date -> report.add(FindingCode.BAG_INFO_FIELD_INVALID, PATH, BagInfo.BAGGING_DATE + ": " + date));
        info.get(BagInfo.EXTERNAL_IDENTIFIER).ifPresent(id -> {
            report.acceptanceNo(id);
            if (!id.equals(bag.folder())) {
                report.add(FindingCode.BAG_INFO_FIELD_INVALID, PATH, BagInfo.EXTERNAL_IDENTIFIER + ": " + id);
            }
        });
        info.get(BagInfo.PAYLOAD_OXUM).ifPresent(oxum -> checkOxum(oxum, bag, report));
    }

    private static void checkOxum(String declared, BagContents bag, ReportBuilder report) {
        Optional<PayloadOxum> parsed = PayloadOxum.parse(declared);
        if (parsed.isEmpty()) {
            report.add(FindingCode.BAG_INFO_FIELD_INVALID, PATH, BagInfo.PAYLOAD_OXUM + ": " + declared);
            return;
        }
        PayloadOxum actual = bag.files().entrySet().stream()
                .filter(e -> e.getKey().startsWith(PackageLayout.PAYLOAD))
                .reduce(new PayloadOxum(0, 0), (sum, e) -> sum.plus(e.getValue().size()), (a, b) -> a);
        if (!actual.equals(parsed.get())) {
            report.add(FindingCode.PAYLOAD_OXUM_MISMATCH, PATH, parsed.get() + " / " + actual);
        }
    }

    private static boolean isDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
