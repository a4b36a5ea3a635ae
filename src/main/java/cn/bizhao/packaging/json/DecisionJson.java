package cn.bizhao.packaging.json;

import cn.bizhao.domain.DomainException;
import java.io.IOException;
import java.io.InputStream;

/** Reads and writes decision.json and revocation.json, schema version 1. */
public final class DecisionJson {
    static final String DECISION = "decision.json";
    static final String REVOCATION = "revocation.json";

    private DecisionJson() {
    }

    public static byte[] write(DecisionDocument document) {
        return PackageJson.write(document, DECISION);
    }

    public static byte[] write(RevocationDocument document) {
        return PackageJson.write(document, REVOCATION);
    }

    /** @throws DomainException {@code packaging.json.invalid} or {@code packaging.json.unknownSchema} */
    public static DecisionDocument readDecision(InputStream json) throws IOException {
        return PackageJson.read(json, DecisionDocument.class, DECISION, DecisionDocument.SCHEMA_VERSION);
    }

    /** @throws DomainException {@code packaging.json.invalid} or {@code packaging.json.unknownSchema} */
    public static RevocationDocument readRevocation(InputStream json) throws IOException {
        return PackageJson.read(json, RevocationDocument.class, REVOCATION, RevocationDocument.SCHEMA_VERSION);
    }
}
