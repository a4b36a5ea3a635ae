package cn.bizhao.cli;

import cn.bizhao.cli.application.ApplicationsCommand;
import cn.bizhao.cli.audit.AuditCommand;
import cn.bizhao.cli.backup.BackupCommand;
import cn.bizhao.cli.backup.RestoreCommand;
import cn.bizhao.cli.catalog.CatalogCommand;
import cn.bizhao.cli.database.DbCommand;
import cn.bizhao.cli.certificate.CertificatesCommand;
import cn.bizhao.cli.demo.DemoCommand;
import cn.bizhao.cli.department.DecisionsCommand;
import cn.bizhao.cli.document.FormCommand;
import cn.bizhao.cli.document.NoticeCommand;
import cn.bizhao.cli.document.ReceiptCommand;
import cn.bizhao.cli.statistics.StatsCommand;
import cn.bizhao.cli.user.UsersCommand;
import cn.bizhao.cli.keys.KeysCommand;
import cn.bizhao.cli.packages.ExportCommand;
import cn.bizhao.cli.packages.ImportCommand;
import cn.bizhao.cli.packages.VerifyCommand;
import cn.bizhao.service.Services;
import cn.bizhao.service.StationOpener;
import cn.bizhao.service.database.ServerSetup;
import cn.bizhao.cli.database.DbCommand;
import cn.bizhao.cli.station.StationGroupCommand;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code bizhao}: with no subcommand it opens the window; with one it runs headless. */
@Command(name = "bizhao", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {CatalogCommand.class, DemoCommand.class, UsersCommand.class, ApplicationsCommand.class,
                       FormCommand.class, ReceiptCommand.class, NoticeCommand.class, ExportCommand.class,
                       VerifyCommand.class, ImportCommand.class, KeysCommand.class, AuditCommand.class,
                       StatsCommand.class, CertificatesCommand.class, BackupCommand.class, RestoreCommand.class,
                       DbCommand.class, StationGroupCommand.class, DecisionsCommand.class})
public final class BizhaoCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "cli.option.dataDir")
    private Path dataDir;

    @Option(names = "--camera", paramLabel = "SETTING", descriptionKey = "cli.option.camera")
    private String camera;

    private final StationOpener opener;
    private final Consumer<WindowRequest> openWindow;
    private final PasswordInput passwords;
    private final ServerSetup servers;

    public BizhaoCommand(StationOpener opener, Consumer<WindowRequest> openWindow, PasswordInput passwords) {
        this(opener, openWindow, passwords, null);
    }

    /** @param servers puts data homes on the institution's server ({@code db migrate}, {@code station join}) */
    public BizhaoCommand(StationOpener opener, Consumer<WindowRequest> openWindow, PasswordInput passwords,
                         ServerSetup servers) {
        this.opener = opener;
        this.openWindow = openWindow;
        this.passwords = passwords;
        this.servers = servers;
    }

    @Override
    public Integer call() {
        openWindow.accept(new WindowRequest(dataDir, camera));
        return ExitCode.OK;
    }

    /** Opens the station in the chosen data home; the caller closes it. */
    public Services openStation() {
        return opener.open(dataDir);
    }

    /** Opens a station in a data home of the caller's choosing, as {@link #openStation()} opens the chosen one. */
    public StationOpener opener() {
        return opener;
    }

    public ServerSetup servers() {
        return Objects.requireNonNull(servers, "the command line was built without server setup");
    }

    public PasswordInput passwords() {
        return passwords;
    }

    public Path dataDir() {
        return dataDir;
    }
}
