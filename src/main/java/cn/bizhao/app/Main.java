package cn.bizhao.app;

import cn.bizhao.cli.Cli;
import cn.bizhao.cli.PasswordInput;
import cn.bizhao.i18n.Messages;
import cn.bizhao.service.Services;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The one entry point: {@code bizhao} with no subcommand opens the window, with one it runs headless.
 * Runs before any logger exists, so that the log goes into the chosen data home.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Messages messages = Messages.of(language());
        int exit = Cli.create(Main::openStation, request -> Window.launch(request, messages), messages,
                PasswordInput.system(), new StationServers(System.getenv())).execute(args);
        if (exit != 0 || !Window.isOpen()) {
            System.exit(exit);
        }
    }

    static Services openStation(Path dataDir) {
        DataHome home = DataHome.resolve(dataDir, System.getenv());
        Logging.start(home);
        return Station.open(home);
    }

    /** Chinese unless {@code BIZHAO_LANG=en} (or the system property {@code bizhao.lang=en}). */
    private static Locale language() {
        String lang = System.getProperty("bizhao.lang", System.getenv().getOrDefault("BIZHAO_LANG", "zh"));
        return Locale.forLanguageTag(lang);
    }
}
