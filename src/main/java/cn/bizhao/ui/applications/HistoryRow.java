package cn.bizhao.ui.applications;

/** One step of an application's status history, as shown. */
public record HistoryRow(String at, String actor, String change, String action, String note) {
}
