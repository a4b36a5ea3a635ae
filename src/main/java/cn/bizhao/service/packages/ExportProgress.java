package cn.bizhao.service.packages;

/**
 * An export's link to a progress bar and a cancel button: bytes of scans written against the
 * total of the whole batch; cancelling is asked between buffers and stops within milliseconds.
 */
public interface ExportProgress {
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void progress(long done, long total) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void progress(long done, long total);

    boolean isCancelled();
}
