package cn.bizhao.service.station;

/**
 * Who this station is: the recognition institution (比照认定机构), its code used in acceptance
 * numbers, and the name of this counter's station.
 */
public record StationInfo(String institutionName, String institutionCode, String stationName) {
}
