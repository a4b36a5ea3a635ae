package cn.bizhao.ui.workbench;

import cn.bizhao.domain.application.Application;

/** An open intake as the workbench lists it; the document number masked. */
public record WorkbenchRow(Application application, String status, String reference, String name, String idNumber,
                           String certificate, String started) {
}
