package cn.bizhao.service.backup;

import cn.bizhao.capture.Sha256;
import cn.bizhao.domain.DomainException;
import cn.bizhao.packaging.bag.Manifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Checks a backup folder without its passphrase: every file against the SHA-256 in the manifest, no file
 * missing, none added. Needs no station, so a backup is checked on any machine, and before a restore.
 */
public final class BackupVerifier {
    private BackupVerifier() {
    }

    /** @throws DomainException {@code error.backup.notAFolder} when there is no folder to check */
    public static BackupCheck check(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new DomainException("error.backup.notAFolder", folder.toString());
        }
        Path manifestFile = folder.resolve(BackupLayout.MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            return new BackupCheck(folder, null, 0,
                    List.of(new BackupProblem(BackupProblem.Kind.MANIFEST_MISSING, BackupLayout.MANIFEST)));
        }
        Manifest manifest = Manifest.parse(read(manifestFile));
        List<BackupProblem> problems = new ArrayList<>();
        manifest.malformedLines().forEach(line -> problems.add(new BackupProblem(BackupProblem.Kind.MANIFEST_MALFORMED, line)));
        Set<String> present = files(folder);
        for (Map.Entry<String, String> listed : manifest.checksums().entrySet()) {
            problems.addAll(checkOne(folder, listed.getKey(), listed.getValue(), present));
        }
        present.stream().filter(file -> !file.equals(BackupLayout.MANIFEST) && !manifest.checksums().containsKey(file))
                .forEach(file -> problems.add(new BackupProblem(BackupProblem.Kind.FILE_UNLISTED, file)));
        BackupInfo info = info(folder, problems);
        return new BackupCheck(folder, info, manifest.checksums().size(), problems);
    }

    private static List<BackupProblem> checkOne(Path folder, String file, String sha256, Set<String> present) {
        Path path;
        try {
            path = BackupLayout.inside(folder, file);
        } catch (DomainException unsafe) {
            return List.of(new BackupProblem(BackupProblem.Kind.MANIFEST_MALFORMED, file));
        }
        if (!present.contains(file)) {
            return List.of(new BackupProblem(BackupProblem.Kind.FILE_MISSING, file));
        }
        if (!Sha256.of(path).equals(sha256)) {
            return List.of(new BackupProblem(BackupProblem.Kind.FILE_CHANGED, file));
        }
        return List.of();
    }

    /** The backup's own description; a problem when it is unreadable (a changed one is reported above already). */
    private static BackupInfo info(Path folder, List<BackupProblem> problems) {
        Path file = folder.resolve(BackupLayout.INFO);
        try {
            return BackupInfo.parse(Files.readAllBytes(file));
        } catch (IOException | DomainException e) {
            if (problems.stream().noneMatch(p -> p.file().equals(BackupLayout.INFO))) {
                problems.add(new BackupProblem(BackupProblem.Kind.INFO_UNREADABLE, BackupLayout.INFO));
            }
            return null;
        }
    }

    /** Every regular file under the folder, by its path relative to it with forward slashes. */
    static Set<String> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            Set<String> files = new TreeSet<>();
            walk.filter(Files::isRegularFile)
                    .forEach(file -> files.add(folder.relativize(file).toString().replace('\\', '/')));
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Leniently: a damaged byte shows as a line that matches nothing, reported, rather than a failure to read. */
    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
