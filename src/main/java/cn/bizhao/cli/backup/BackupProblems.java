package cn.bizhao.cli.backup;

import cn.bizhao.i18n.Messages;
import cn.bizhao.service.backup.BackupProblem;
import java.io.PrintWriter;
import java.util.List;

/** One line per problem of a backup, naming the file, for {@code backup verify} and a refused {@code restore}. */
final class BackupProblems {
    private BackupProblems() {
    }

    static void print(List<BackupProblem> problems, PrintWriter err, Messages messages) {
        problems.forEach(problem -> err.println(messages.get(problem.messageKey(), problem.file())));
        err.flush();
    }
}
