package cn.bizhao.service.backup;

import cn.bizhao.domain.DomainException;
import java.util.List;

/** A restore refused because the backup does not match its manifest; every problem is kept for the report. */
public final class BackupDamagedException extends DomainException {
    private final transient BackupCheck check;

    public BackupDamagedException(BackupCheck check) {
        super("error.backup.damaged", check.folder().toString(), check.problems().size());
        this.check = check;
    }

    public List<BackupProblem> problems() {
        return check.problems();
    }
}
