package org.pathways.platform.control;

import java.util.Optional;
import java.util.function.Function;

/**
 * A file of a webjar as a page names it: {@code /NAME/PATH} without the version, or {@code
 * /NAME/VERSION/PATH} with the version on the class path. Only the versioned address changes when
 * the webjar does, so only it may be cached as immutable; the version-less one is revalidated (its
 * entity tag is the version).
 */
public record WebJarFile(String name, String version, String path, boolean versioned) {

  private static final String IMMUTABLE = "public, max-age=31536000, immutable";
  private static final String REVALIDATE = "no-cache";

  /**
   * Reads a request's path after {@code /webjars}; empty for a webjar that is not on the class
   * path, a folder, or a path that leaves the webjar.
   *
   * @param versionOf the version of a webjar on the class path, or null
   */
  public static Optional<WebJarFile> of(String pathInfo, Function<String, String> versionOf) {
    if (pathInfo == null || !pathInfo.startsWith("/") || pathInfo.endsWith("/")) {
      return Optional.empty();
    }
    String[] parts = pathInfo.substring(1).split("/", 2);
    if (parts.length < 2 || !safe(parts[0]) || !safe(parts[1])) {
      return Optional.empty();
    }
    String version = versionOf.apply(parts[0]);
    if (version == null) {
      return Optional.empty();
    }
    String prefix = version + "/";
    boolean versioned = parts[1].startsWith(prefix) && parts[1].length() > prefix.length();
    String path = versioned ? parts[1].substring(prefix.length()) : parts[1];
    return Optional.of(new WebJarFile(parts[0], version, path, versioned));
  }

  /** Where the file is on the class path. */
  public String resource() {
    return "META-INF/resources/webjars/" + name + "/" + version + "/" + path;
  }

  public String cacheControl() {
    return versioned ? IMMUTABLE : REVALIDATE;
  }

  public String entityTag() {
    return "\"" + name + "-" + version + "\"";
  }

  private static boolean safe(String path) {
    for (String segment : path.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return !path.contains("\\") && !path.contains(":");
  }
}
