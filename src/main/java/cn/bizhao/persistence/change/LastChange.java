package cn.bizhao.persistence.change;

import java.time.Instant;

/** The last change of an application: by whom (login and display name), when, and its version now. */
public record LastChange(String login, String displayName, Instant at, int version) {
}
