package cn.bizhao.packaging.verify;

import java.util.Map;
import java.util.Optional;

/**
 * What one pass over a package's ZIP learnt: each file's SHA-256 and size, and the bytes of the
 * few small files the checks must parse (tag files, application.json, the form).
 *
 * @param folder the bag's top-level folder
 * @param files  path relative to the folder, to its facts
 * @param kept   path to bytes, for the files listed in {@link BagContentsReader}
 */
record BagContents(String folder, Map<String, FileFacts> files, Map<String, byte[]> kept) {

    record FileFacts(String sha256, long size) {
    }

    Optional<byte[]> bytes(String path) {
        return Optional.ofNullable(kept.get(path));
    }

    boolean has(String path) {
        return files.containsKey(path);
    }
}
