package org.pathways.offline.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * The version the service worker ({@code /sw.js}) carries: a hash of the build and of the version
 * served of every course package. A browser compares the script byte for byte, so a new build or
 * new content makes a new worker, and the new worker drops the caches of the old version.
 */
public final class ServiceWorkerVersion {

  /** The line of the script template that the version replaces. */
  public static final String PLACEHOLDER = "const VERSION = \"dev\";";

  private ServiceWorkerVersion() {}

  /**
   * The version for this build and these packages (name to served version; a package never served
   * counts as absent). The order of the map does not matter.
   */
  public static String of(String build, Map<String, String> packages) {
    StringBuilder text = new StringBuilder("build=").append(build == null ? "" : build);
    new TreeMap<>(packages)
        .forEach(
            (name, version) -> {
              if (version != null) {
                text.append('\n').append(name).append('=').append(version);
              }
            });
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A short hash of the files the worker keeps cache-first (the scripts and styles, path and
   * bytes): the project's version stays the same from build to build, so without it a changed
   * script would be served from the old cache until the content changed.
   */
  public static String files(Map<String, byte[]> files) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      new TreeMap<>(files)
          .forEach(
              (path, bytes) -> {
                digest.update(path.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(bytes);
                digest.update((byte) 0);
              });
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The script with its version line written; the template must hold {@link #PLACEHOLDER}. */
  public static String script(String template, String version) {
    if (!template.contains(PLACEHOLDER)) {
      throw new IllegalArgumentException("The service worker template has no version line");
    }
    if (!version.matches("[0-9a-f]{1,64}")) {
      throw new IllegalArgumentException("A version is hexadecimal: " + version);
    }
    return template.replace(PLACEHOLDER, "const VERSION = \"" + version + "\";");
  }
}
