package org.pathways.lti.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The session cookie of a launched session, as a page inside the LMS's iframe needs it: the
 * container sends it {@code SameSite=Lax}, which a browser neither stores nor sends inside a frame
 * of another site. So the launch sends it again, same name, value, path and lifetime, as {@code
 * Secure; SameSite=None; Partitioned} (CHIPS: kept per top-level site, so that browsers blocking
 * third-party cookies still keep it). Only over https: browsers refuse {@code SameSite=None}
 * without {@code Secure}.
 */
public final class FramedCookie {

  private FramedCookie() {}

  /** The cross-site form of this {@code Set-Cookie} header when it sets cookie {@code name}. */
  public static Optional<String> crossSite(String header, String name) {
    if (header == null || !header.startsWith(name + "=")) {
      return Optional.empty();
    }
    String[] parts = header.split(";");
    if (parts[0].strip().length() == name.length() + 1) {
      return Optional.empty();
    }
    List<String> kept = new ArrayList<>();
    kept.add(parts[0].strip());
    for (int i = 1; i < parts.length; i++) {
      String attribute = parts[i].strip();
      String lower = attribute.toLowerCase(Locale.ROOT);
      if (lower.startsWith("path=")
          || lower.startsWith("max-age=")
          || lower.startsWith("expires=")
          || lower.startsWith("domain=")) {
        kept.add(attribute);
      }
    }
    kept.add("HttpOnly");
    kept.add("Secure");
    kept.add("SameSite=None");
    kept.add("Partitioned");
    return Optional.of(String.join("; ", kept));
  }
}
