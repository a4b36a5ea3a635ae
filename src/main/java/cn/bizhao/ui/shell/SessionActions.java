package cn.bizhao.ui.shell;

/** What the signed-in user can do with the session itself, from the status bar. */
public interface SessionActions {
    void changePassword();

    /** Ends the session and goes back to the login screen. */
    void signOut();
}
