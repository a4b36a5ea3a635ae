package cn.bizhao.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where a station keeps its data: {@code --data-dir}, else {@code BIZHAO_HOME}, else the per-user
 * folder ({@code %APPDATA%\Bizhao} on Windows, {@code $XDG_DATA_HOME/bizhao} elsewhere).
 * The boot key lives beside the database folder, never inside it.
 */
public record DataHome(Path root) {

    public static DataHome resolve(Path dataDir, Map<String, String> environment) {
        if (dataDir != null) {
            return new DataHome(dataDir.toAbsolutePath());
        }
        String home = environment.get("BIZHAO_HOME");
        if (home != null && !home.isBlank()) {
            return new DataHome(Path.of(home).toAbsolutePath());
        }
        return new DataHome(perUserFolder(environment));
    }

    private static Path perUserFolder(Map<String, String> environment) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win") && environment.get("APPDATA") != null) {
            return Path.of(environment.get("APPDATA"), "Bizhao");
        }
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("bizhao");
    }

    public Path database() {
        return root.resolve("db");
    }

    /** Which database this home uses (absent: the embedded one); see {@code DatabaseSettings}. */
    public Path databaseSettings() {
        return root.resolve("database.properties");
    }

    /** The server login's password, encrypted under the boot key; owner-only like it. */
    public Path databasePassword() {
        return root.resolve("keys").resolve("database-login.key");
    }

    public Path bootKey() {
        return root.resolve("keys").resolve("boot.key");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    /** The station's signing keys (encrypted) and certificates, one generation per renewal. */
    public Path stationKeys() {
        return root.resolve("keys").resolve("station");
    }

    /** Certificates of the stations and the department this station trusts, one PEM file each. */
    public Path trustList() {
        return root.resolve("trust");
    }

    /** Where the main window stood on this computer when it last closed (not in the shared database). */
    public Path windowPlace() {
        return root.resolve("window.properties");
    }

    /** This station's identity (its id and name), which stays with the data home, not in the database. */
    public Path workstation() {
        return root.resolve("workstation.properties");
    }

    /** Scratch space: packages being imported are unpacked here and removed afterwards. */
    public Path work() {
        return root.resolve("work");
    }
}
