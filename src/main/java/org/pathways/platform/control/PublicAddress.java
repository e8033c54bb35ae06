package org.pathways.platform.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * The address people use to reach the platform ({@code PATHWAYS_PUBLIC_URL}), the only root of
 * links that leave the site: mail, calendar files, certificates. Never taken from a request, whose
 * Host header anyone can forge; without it no such link is built.
 */
public final class PublicAddress {

  public static final String SETTING = "PATHWAYS_PUBLIC_URL";

  private final String root;
  private final String reason;
  private final String problem;

  private PublicAddress(String root, String reason, String problem) {
    this.root = root;
    this.reason = reason;
    this.problem = problem;
  }

  /** The setting as given: an absolute http or https address, with a path if the site has one. */
  public static PublicAddress of(String value) {
    if (value == null || value.isBlank()) {
      return new PublicAddress(
          null,
          SETTING + " is not set",
          SETTING
              + " is not set: set it to the address people use, such as"
              + " https://pathways.example.org (links in mail are built from it).");
    }
    URI uri;
    try {
      uri = new URI(value.strip());
    } catch (URISyntaxException e) {
      return unusable(value);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getRawUserInfo() != null
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      return unusable(value);
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return new PublicAddress(scheme + "://" + uri.getRawAuthority() + path, null, null);
  }

  private static PublicAddress unusable(String value) {
    return new PublicAddress(
        null,
        SETTING + " is not an http(s) address",
        SETTING
            + " must be the address people use, such as https://pathways.example.org (no query, no"
            + " user name), not \""
            + value.strip()
            + "\".");
  }

  public boolean usable() {
    return root != null;
  }

  /** What is wrong with the setting, in a sentence that names it (for the log); empty if usable. */
  public Optional<String> problem() {
    return Optional.ofNullable(problem);
  }

  /** The same in a few words that say nothing of the value (for the public readiness answer). */
  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  /** Published over HTTPS (also when a proxy terminates TLS in front of the platform). */
  public boolean https() {
    return root != null && root.startsWith("https://");
  }

  /** The site's root without a trailing slash; refuses when the setting is not usable. */
  public String root() {
    if (root == null) {
      throw new IllegalStateException(problem);
    }
    return root;
  }

  /** The absolute address of a path of this site ({@code /forum/thread.xhtml?id=...}). */
  public String link(String path) {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("A site path starts with /: " + path);
    }
    return root() + path;
  }
}
