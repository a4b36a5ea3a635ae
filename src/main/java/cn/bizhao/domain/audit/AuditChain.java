package cn.bizhao.domain.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of the audit trail: each record's hash covers its content and the hash of the
 * record before it, so editing or deleting a record breaks the chain at that point.
 */
public final class AuditChain {
    /** The "previous hash" of the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(String previousHash, AuditEntry entry) {
        StringBuilder canonical = new StringBuilder();
        for (String field : List.of(previousHash, Long.toString(entry.recordedAt().toEpochMilli()), entry.actor(),
                entry.station(), entry.action().name(),
                entry.applicationId() == null ? "" : entry.applicationId().toString(), entry.detail())) {
            // length-prefixed, so no two different records share a canonical form
            canonical.append(field.length()).append(':').append(field).append('\n');
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** Every place where the chain does not hold, in order; empty when the whole trail is intact. */
    public static List<ChainBreak> verify(List<AuditRecord> records) {
        List<ChainBreak> breaks = new ArrayList<>();
        String expectedPrevious = GENESIS;
        for (AuditRecord record : records) {
            if (!record.previousHash().equals(expectedPrevious)) {
                breaks.add(new ChainBreak(record.id(), ChainBreak.Kind.PREVIOUS_RECORD_MISSING_OR_CHANGED));
            }
            if (!hash(record.previousHash(), record.entry()).equals(record.recordHash())) {
                breaks.add(new ChainBreak(record.id(), ChainBreak.Kind.RECORD_CHANGED));
            }
            expectedPrevious = record.recordHash();
        }
        return breaks;
    }
}
