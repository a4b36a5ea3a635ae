package cn.bizhao.capture.page;

import cn.bizhao.capture.CaptureException;

/** A file cannot be taken as a material page. The argument is always the file's name. */
public class ImportException extends CaptureException {
    /** The file could not be opened at all (missing, no permission, a drive removed). */
    public static final String CANNOT_OPEN = "capture.import.cannotOpen";
    /** Neither JPG, PNG nor PDF. */
    public static final String UNSUPPORTED = "capture.import.unsupported";
    /** The file claims a supported format but does not decode: damaged or incomplete. */
    public static final String UNREADABLE = "capture.import.unreadable";
    /** A PDF that needs a password to open. */
    public static final String PDF_PROTECTED = "capture.import.pdfProtected";
    /** A picture with more pixels, or a file with more bytes, than a scan of any real document has: refused before it fills the memory. */
    public static final String TOO_LARGE = "capture.import.tooLarge";

    public ImportException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    public ImportException(Throwable cause, String messageKey, Object... arguments) {
        super(cause, messageKey, arguments);
    }
}
