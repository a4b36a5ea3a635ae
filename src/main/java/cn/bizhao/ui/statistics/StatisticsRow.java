package cn.bizhao.ui.statistics;

/** One count of a dimension as the table and chart show it. */
public record StatisticsRow(String key, String name, long count) {
}
