package cn.bizhao.packaging;

import cn.bizhao.domain.DomainException;
import cn.bizhao.domain.application.MaterialKind;
import cn.bizhao.domain.application.Page;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where each file lives in a format 1 package (DESIGN.md section 6), relative to the bag's
 * top-level folder. The writer, the JSON mapping and the verifier all take paths from here.
 */
public final class PackageLayout {
    public static final int FORMAT = 1;
    public static final String BAGIT = "bagit.txt";
    public static final String BAG_INFO = "bag-info.txt";
    public static final String MANIFEST = "manifest-sha256.txt";
    public static final String TAG_MANIFEST = "tagmanifest-sha256.txt";
    public static final String SIGNATURE = "signature.p7s";
    public static final String PAYLOAD = "data/";
    public static final String APPLICATION_JSON = "data/application.json";
    public static final String REGISTRATION_FORM = "data/registration-form.pdf";
    public static final String PHOTO = "data/photo.jpg";
    public static final String MATERIALS = "data/materials/";
    public static final String REVIEW_JSON = "data/review.json";
    public static final String EVIDENCE = "data/review/evidence/";
    public static final String DECISION_JSON = "data/decision.json";
    public static final String REVOCATION_JSON = "data/revocation.json";

    private static final Map<String, String> EXTENSIONS = Map.of(
            "image/jpeg", "jpg", "image/png", "png", "application/pdf", "pdf");
    /** Windows' forbidden characters and the separators: the acceptance number names a folder. */
    private static final Pattern UNSAFE_FOLDER = Pattern.compile("[\\p{Cntrl}/\\\\:*?\"<>|]|^\\.+$|^\\s|\\s$");

    private PackageLayout() {
    }

    /** The acceptance number as the bag's folder name; refused when it would not make a safe one. */
    public static String folderOf(String acceptanceNo) {
        if (acceptanceNo == null || acceptanceNo.isEmpty() || UNSAFE_FOLDER.matcher(acceptanceNo).find()) {
            throw new DomainException("packaging.export.badAcceptanceNo", String.valueOf(acceptanceNo));
        }
        return acceptanceNo;
    }

    /** {@code data/materials/01-id-document/}: materials numbered from 1 in the application's order. */
    public static String materialFolder(int materialIndex, MaterialKind kind) {
        return String.format(Locale.ROOT, "%s%02d-%s/", MATERIALS, materialIndex + 1,
                kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** {@code data/materials/01-id-document/001.jpg}: pages numbered from 1 in the material's order. */
    public static String pagePath(int materialIndex, MaterialKind kind, int pageIndex, Page page) {
        return String.format(Locale.ROOT, "%s%03d.%s", materialFolder(materialIndex, kind), pageIndex + 1,
                extensionOf(page.mediaType()));
    }

    /** {@code data/review/evidence/001.jpg}: the verification's evidence pages numbered from 1. */
    public static String evidencePath(int pageIndex, Page page) {
        return String.format(Locale.ROOT, "%s%03d.%s", EVIDENCE, pageIndex + 1, extensionOf(page.mediaType()));
    }

    /** A bag path as the JSON documents name it: relative to data/, where they live. */
    public static String inPayload(String bagPath) {
        return bagPath.substring(PAYLOAD.length());
    }

    private static String extensionOf(String mediaType) {
        String extension = EXTENSIONS.get(mediaType);
        if (extension == null) {
            throw new DomainException("packaging.export.unknownMediaType", String.valueOf(mediaType));
        }
        return extension;
    }
}
