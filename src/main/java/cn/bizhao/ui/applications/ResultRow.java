package cn.bizhao.ui.applications;

import cn.bizhao.service.application.FoundApplication;

/** One application found, as the search table shows it: the document number masked. */
public record ResultRow(FoundApplication application, String number, String name, String idNumber,
                        String certificate, String mapping, String status, String acceptedOn, String clerk) {
}
