package cn.bizhao.packaging.write;

/**
 * The writer's link to a progress bar and a cancel button. Progress counts scan bytes, which
 * are nearly all of a package; cancellation is asked between buffers, so it stops within
 * milliseconds and leaves no file.
 */
public interface ExportMonitor {
    ExportMonitor NONE = new ExportMonitor() {
        @Override
        public void progress(long scanBytesDone, long scanBytesTotal) {
            // nobody is watching
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    void progress(long scanBytesDone, long scanBytesTotal);

    boolean isCancelled();
}
