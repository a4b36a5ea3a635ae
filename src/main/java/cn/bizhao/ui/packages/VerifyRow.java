package cn.bizhao.ui.packages;

import java.nio.file.Path;

/**
 * One line of the verification results: a package that held, or one problem of a package that did not.
 *
 * @param path  the package file, to import it from
 * @param file  the package's file name
 * @param valid whether the package held
 * @param text  what was found, in the screen's language
 */
public record VerifyRow(Path path, String file, boolean valid, String text) {
}
