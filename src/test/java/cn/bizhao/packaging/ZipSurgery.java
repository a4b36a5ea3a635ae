package cn.bizhao.packaging;

import cn.bizhao.packaging.bag.Manifest;
import cn.bizhao.packaging.bag.PayloadOxum;
import cn.bizhao.packaging.sign.CmsSigner;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Opens a written package as a map of paths (relative to the bag folder) to bytes, lets a test
 * change it the way an attacker or a careless hand would, and writes it back; optionally
 * recomputing manifests and re-signing, so that one change is tested on its own.
 */
public final class ZipSurgery {
    private final String folder;
    private final Map<String, byte[]> files;

    private ZipSurgery(String folder, Map<String, byte[]> files) {
        this.folder = folder;
        this.files = files;
    }

    public static ZipSurgery open(Path zip) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String folder = null;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                int slash = entry.getName().indexOf('/');
                folder = entry.getName().substring(0, slash);
                files.put(entry.getName().substring(slash + 1), in.readAllBytes());
            }
        }
        return new ZipSurgery(folder, files);
    }

    public Map<String, byte[]> files() {
        return files;
    }

    public String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    public ZipSurgery put(String path, byte[] content) {
        files.put(path, content);
        return this;
    }

    public ZipSurgery put(String path, String content) {
        return put(path, content.getBytes(StandardCharsets.UTF_8));
    }

    public ZipSurgery remove(String path) {
        files.remove(path);
        return this;
    }

    public ZipSurgery rename(String from, String to) {
        return put(to, files.remove(from));
    }

    public ZipSurgery flipByte(String path, int index) {
        byte[] copy = files.get(path).clone();
        copy[index] ^= 0x01;
        return put(path, copy);
    }

    /** Rewrites the payload manifest and Payload-Oxum for the current payload, then re-signs as {@link #resign} does. */
    public ZipSurgery remanifest(StationCredentials station) {
        Map<String, String> checksums = new LinkedHashMap<>();
        PayloadOxum oxum = new PayloadOxum(0, 0);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (file.getKey().startsWith(PackageLayout.PAYLOAD)) {
                checksums.put(file.getKey(), PackageFixture.sha256(file.getValue()));
                oxum = oxum.plus(file.getValue().length);
            }
        }
        put(PackageLayout.MANIFEST, Manifest.of(checksums).bytes());
        put(PackageLayout.BAG_INFO, text(PackageLayout.BAG_INFO).replaceAll("Payload-Oxum: \\S+", "Payload-Oxum: " + oxum));
        return resign(station);
    }

    /** Rewrites the tag manifest for the current tag files and signs it anew with {@code station}. */
    public ZipSurgery resign(StationCredentials station) {
        Map<String, String> checksums = new LinkedHashMap<>();
        for (String path : List.of(PackageLayout.BAGIT, PackageLayout.BAG_INFO, PackageLayout.MANIFEST)) {
            checksums.put(path, PackageFixture.sha256(files.get(path)));
        }
        byte[] tagManifest = Manifest.of(checksums).bytes();
        put(PackageLayout.TAG_MANIFEST, tagManifest);
        return put(PackageLayout.SIGNATURE, CmsSigner.signDetached(tagManifest, station, Instant.now()));
    }

    public Path writeTo(Path zip) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                out.putNextEntry(new ZipEntry(folder + "/" + file.getKey()));
                out.write(file.getValue());
                out.closeEntry();
            }
        }
        return zip;
    }

    /** Unzips into a folder as any tool would (used to hand the bag to other validators). */
    public Path extractTo(Path target) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = target.resolve(folder).resolve(file.getKey());
            Files.createDirectories(path.getParent());
            try (OutputStream out = Files.newOutputStream(path)) {
                out.write(file.getValue());
            }
        }
        return target.resolve(folder);
    }
}
