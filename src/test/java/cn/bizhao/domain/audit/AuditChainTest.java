package cn.bizhao.domain.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {
    private static List<AuditRecord> chain(int length) {
        List<AuditRecord> records = new ArrayList<>();
        String previous = AuditChain.GENESIS;
        for (int i = 1; i <= length; i++) {
            AuditEntry entry = new AuditEntry(Instant.ofEpochMilli(1_700_000_000_000L + i), "clerk", "窗口1",
                    AuditAction.STATUS_CHANGED, (long) i, "DRAFT->ACCEPTED");
            String hash = AuditChain.hash(previous, entry);
            records.add(new AuditRecord(i, entry, previous, hash));
            previous = hash;
        }
        return records;
    }

    @Test
    void anIntactChainVerifies() {
        assertThat(AuditChain.verify(chain(5))).isEmpty();
    }

    @Test
    void anEditedRecordIsFoundWhereItIs() {
        List<AuditRecord> records = chain(5);
        AuditRecord original = records.get(2);
        AuditEntry edited = new AuditEntry(original.entry().recordedAt(), "someone-else", original.entry().station(),
                original.entry().action(), original.entry().applicationId(), original.entry().detail());
        records.set(2, new AuditRecord(original.id(), edited, original.previousHash(), original.recordHash()));

        assertThat(AuditChain.verify(records)).containsExactly(new ChainBreak(3, ChainBreak.Kind.RECORD_CHANGED));
    }

    @Test
    void aDeletedRecordBreaksTheChainAtTheNextOne() {
        List<AuditRecord> records = chain(5);
        records.remove(1);

        assertThat(AuditChain.verify(records))
                .containsExactly(new ChainBreak(3, ChainBreak.Kind.PREVIOUS_RECORD_MISSING_OR_CHANGED));
    }

    @Test
    void fieldsCannotBeShiftedIntoEachOther() {
        Instant at = Instant.ofEpochMilli(1);
        AuditEntry a = new AuditEntry(at, "ab", "c", AuditAction.LOGIN, null, "");
        AuditEntry b = new AuditEntry(at, "a", "bc", AuditAction.LOGIN, null, "");

        assertThat(AuditChain.hash(AuditChain.GENESIS, a)).isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, b));
    }

    @Test
    void aDetailLongerThanARecordKeepsIsCutAndSaysSo() {
        AuditEntry entry = new AuditEntry(Instant.parse("2026-11-25T08:00:00Z"), "wang", "Counter 1",
                AuditAction.APPLICATION_EDITED, 7L, "x".repeat(5000));

        assertThat(entry.detail()).hasSize(AuditEntry.MAX_DETAIL).startsWith("xxx").endsWith(" [...]");
        assertThat(new AuditEntry(entry.recordedAt(), entry.actor(), entry.station(), entry.action(),
                entry.applicationId(), entry.detail())).isEqualTo(entry);
    }
}
