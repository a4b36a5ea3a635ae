package cn.bizhao.persistence.station;

/** One stored setting. */
public record StationSettingRow(String name, String settingValue) {
}
