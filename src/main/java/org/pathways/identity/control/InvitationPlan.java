package org.pathways.identity.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What it takes to make a list of people (facilitators of a cohort, say) match the emails an
 * organiser wrote: who stays, who loses the right, who is invited and whose open invitation is
 * withdrawn. People already holding the right are matched by their account's email and are never
 * invited again.
 *
 * @param keep the accounts that keep the right
 * @param removed the accounts that lose it
 * @param invite the addresses to invite (normalized, in the order written)
 * @param withdraw the addresses whose open invitation is withdrawn
 * @param invalid what was written that is not an email address, as written
 */
public record InvitationPlan(
    Set<UUID> keep,
    Set<UUID> removed,
    List<String> invite,
    Set<String> withdraw,
    List<String> invalid) {

  /** What changed, for the audit trail: "2 kept, 1 removed, 3 invited". */
  public String summary() {
    return keep.size() + " kept, " + removed.size() + " removed, " + invite.size() + " invited";
  }

  /** How many people one list may name. */
  public static final int MOST = 50;

  private static final Pattern ADDRESS =
      Pattern.compile("[^@\\s<>\",;()]+@[^@\\s<>\",;()]+\\.[^@\\s<>\",;().]+");

  /**
   * @param members the accounts holding the right now, with their (normalized) emails
   * @param open the addresses with an open invitation (normalized)
   * @param wanted the emails the organiser wrote
   */
  public static InvitationPlan of(
      Map<UUID, String> members, Collection<String> open, Collection<String> wanted) {
    Set<String> written = new LinkedHashSet<>();
    List<String> invalid = new ArrayList<>();
    for (String email : wanted) {
      String normalized = normalize(email);
      if (normalized.isEmpty()) {
        continue;
      }
      if (normalized.length() > 254 || !ADDRESS.matcher(normalized).matches()) {
        invalid.add(email.strip());
      } else {
        written.add(normalized);
      }
    }
    Set<UUID> keep = new LinkedHashSet<>();
    Set<UUID> removed = new LinkedHashSet<>();
    Set<String> held = new LinkedHashSet<>();
    members.forEach(
        (account, email) -> {
          if (written.contains(email)) {
            keep.add(account);
            held.add(email);
          } else {
            removed.add(account);
          }
        });
    List<String> invite = new ArrayList<>();
    for (String email : written) {
      if (!held.contains(email) && !open.contains(email)) {
        invite.add(email);
      }
    }
    Set<String> withdraw = new LinkedHashSet<>();
    for (String email : open) {
      if (!written.contains(email) || held.contains(email)) {
        withdraw.add(email);
      }
    }
    return new InvitationPlan(
        Set.copyOf(keep), Set.copyOf(removed), List.copyOf(invite), Set.copyOf(withdraw), invalid);
  }

  /** How many people the list names once carried out (holders and open invitations). */
  public int size(Collection<String> open) {
    return keep.size()
        + invite.size()
        + (int) open.stream().filter(e -> !withdraw.contains(e)).count();
  }

  /**
   * The emails an organiser typed in one box: separated by commas, semicolons or line breaks
   * (spaces stay inside an entry, so "ana at school" is named as not an address, not as three).
   */
  public static List<String> split(String typed) {
    if (typed == null || typed.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(typed.split("[,;\\r\\n]+"))
        .map(String::strip)
        .filter(e -> !e.isEmpty())
        .toList();
  }

  static String normalize(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }
}
