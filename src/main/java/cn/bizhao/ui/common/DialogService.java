package cn.bizhao.ui.common;

/** The one way view models talk to the person through dialogs, so they stay testable. */
public interface DialogService {
    void showError(String message);

    void showInformation(String message);
}
