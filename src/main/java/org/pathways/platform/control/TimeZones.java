package org.pathways.platform.control;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The time zones a teacher may keep in their profile: any IANA region ({@code America/Chicago}) or
 * UTC. The ones where the program's teachers live, from Hawaii to Puerto Rico and the territories,
 * are offered first.
 */
public final class TimeZones {

  /** The zones a profile offers first, west to east. */
  public static final List<ZoneId> COMMON =
      List.of(
          ZoneId.of("Pacific/Pago_Pago"),
          ZoneId.of("Pacific/Honolulu"),
          ZoneId.of("America/Anchorage"),
          ZoneId.of("America/Los_Angeles"),
          ZoneId.of("America/Phoenix"),
          ZoneId.of("America/Denver"),
          ZoneId.of("America/Chicago"),
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Puerto_Rico"),
          ZoneId.of("Pacific/Guam"),
          ZoneOffset.UTC);

  private static final Set<String> KNOWN = ZoneId.getAvailableZoneIds();

  private TimeZones() {}

  /**
   * The zone a name gives, when it is an IANA region the JDK knows ({@code America/Chicago}) or
   * {@code UTC}; offsets ({@code +05:00}) and abbreviations ({@code CST}) are not zones a teacher
   * lives in and are refused.
   */
  public static Optional<ZoneId> of(String name) {
    if (name == null || name.isBlank() || name.length() > 64) {
      return Optional.empty();
    }
    String id = name.strip();
    if (id.equals("UTC") || id.equals("Etc/UTC") || id.equals("Z")) {
      return Optional.of(ZoneOffset.UTC);
    }
    if (!KNOWN.contains(id) || !id.contains("/") || id.startsWith("Etc/")) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(id));
    } catch (DateTimeException unknown) {
      return Optional.empty();
    }
  }

  /**
   * A name someone sent, fit to be repeated in a message: its first 64 characters, without control
   * characters (the message is escaped where it is shown).
   */
  public static String shown(String name) {
    String clean = name.strip().replaceAll("\\p{Cntrl}", "");
    return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
  }

  /** The zone's name as profiles and the API write it ({@code America/Chicago}, {@code UTC}). */
  public static String name(ZoneId zone) {
    return zone instanceof ZoneOffset ? "UTC" : zone.getId();
  }
}
