package cn.bizhao.service.station;

/**
 * Which database the station works on, for people: the engine's name ({@code derby} or
 * {@code postgresql}), where the data is (a folder, or server:port/database) and the schema version.
 */
public record DatabaseStatus(String engine, String location, String schemaVersion) {
}
