package cn.bizhao.ui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The one way view models ask the person for files and folders, so they stay testable. */
public interface FilePicker {
    /** Package files (.zip, .zip.p7m); empty when the person cancels. */
    List<Path> choosePackages();

    Optional<Path> chooseFolder();
}
