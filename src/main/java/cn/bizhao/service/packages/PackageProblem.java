package cn.bizhao.service.packages;

import cn.bizhao.i18n.Messages;

/**
 * One problem found in a package.
 *
 * @param code       the stable code of the format specification (section 8), for scripts
 * @param path       the file concerned inside the bag, "" for the package as a whole
 * @param detail     what differs, in neutral terms
 * @param messageKey its text in the bundles, with {0} the path and {1} the detail
 */
public record PackageProblem(String code, String path, String detail, String messageKey) {
    public String text(Messages messages) {
        return messages.get(messageKey, path, detail);
    }
}
