package cn.bizhao.ui.intake;

/** What a step does with the wizard's function keys; each answers whether it did anything. */
interface StepKeys {
    /** The step was shown: its first field takes the focus. */
    void entered();

    /** F5: take a picture (photo, page). */
    default boolean capture() {
        return false;
    }

    /** F6: import a file. */
    default boolean importFile() {
        return false;
    }

    /** F9: accept. */
    default boolean accept() {
        return false;
    }
}
