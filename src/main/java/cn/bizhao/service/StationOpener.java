package cn.bizhao.service;

import java.nio.file.Path;

/** Opens the station in a data home: the default one when {@code dataDir} is null. */
@FunctionalInterface
public interface StationOpener {
    Services open(Path dataDir);
}
