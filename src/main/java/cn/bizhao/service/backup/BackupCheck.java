package cn.bizhao.service.backup;

import java.nio.file.Path;
import java.util.List;

/**
 * What checking a backup folder against its manifest found.
 *
 * @param info  what the backup says about itself; null when it cannot be read
 * @param files how many files the manifest lists
 */
public record BackupCheck(Path folder, BackupInfo info, int files, List<BackupProblem> problems) {
    public BackupCheck {
        problems = List.copyOf(problems);
    }

    public boolean intact() {
        return problems.isEmpty();
    }
}
