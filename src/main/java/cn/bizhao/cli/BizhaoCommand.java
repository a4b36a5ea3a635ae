package cn.bizhao.cli;

import cn.bizhao.cli.catalog.CatalogCommand;
import cn.bizhao.cli.demo.DemoCommand;
import cn.bizhao.service.Services;
import cn.bizhao.service.StationOpener;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code bizhao}: with no subcommand it opens the window; with one it runs headless. */
@Command(name = "bizhao", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        subcommands = {CatalogCommand.class, DemoCommand.class})
public final class BizhaoCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", scope = ScopeType.INHERIT, descriptionKey = "cli.option.dataDir")
    private Path dataDir;

    @Option(names = "--camera", paramLabel = "SETTING", descriptionKey = "cli.option.camera")
    private String camera;

    private final StationOpener opener;
    private final Consumer<WindowRequest> openWindow;

    public BizhaoCommand(StationOpener opener, Consumer<WindowRequest> openWindow) {
        this.opener = opener;
        this.openWindow = openWindow;
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

    public Path dataDir() {
        return dataDir;
    }
}
