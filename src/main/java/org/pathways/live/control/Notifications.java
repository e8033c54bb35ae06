package org.pathways.live.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The payloads of {@code pathways_live} notifications ({@code id,account}) and which of them an
 * instance must read: only those of accounts it has a stream open for. A payload that cannot be
 * read is skipped (nothing of ours writes one).
 */
public final class Notifications {

  private Notifications() {}

  /** A notified event: its row id and account. */
  public record Notified(long id, UUID account) {}

  public static String payload(long id, UUID account) {
    return id + "," + account;
  }

  /** The ids of the payloads whose account is listening here, in the order notified. */
  public static List<Long> wanted(Collection<String> payloads, Set<UUID> listening) {
    List<Long> ids = new ArrayList<>();
    for (String payload : payloads) {
      Notified notified = read(payload);
      if (notified != null && listening.contains(notified.account())) {
        ids.add(notified.id());
      }
    }
    return ids;
  }

  static Notified read(String payload) {
    if (payload == null) {
      return null;
    }
    int comma = payload.indexOf(',');
    if (comma <= 0) {
      return null;
    }
    try {
      return new Notified(
          Long.parseLong(payload.substring(0, comma)),
          UUID.fromString(payload.substring(comma + 1)));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
