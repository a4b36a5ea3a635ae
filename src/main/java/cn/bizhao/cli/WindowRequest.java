package cn.bizhao.cli;

import java.nio.file.Path;

/**
 * What {@code bizhao} without a subcommand asks of the window.
 *
 * @param dataDir the data home chosen with {@code --data-dir}, null for the default one
 * @param camera  the camera chosen with {@code --camera} for this run, null for the station's setting
 */
public record WindowRequest(Path dataDir, String camera) {
}
