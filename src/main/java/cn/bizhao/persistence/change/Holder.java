package cn.bizhao.persistence.change;

import java.time.Instant;

/** Who holds a review file (领取), null login while nobody does. */
public record Holder(String login, String displayName, Instant since) {
}
