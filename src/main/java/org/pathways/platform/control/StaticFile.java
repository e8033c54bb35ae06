package org.pathways.platform.control;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A file under the web application's {@code resources/} folder as a page asks for it: through Faces
 * ({@code /jakarta.faces.resource/js/step.js.xhtml?ln=...}) or directly ({@code
 * /resources/js/step.js}). Pages name such files through Faces, which adds the hash of the file's
 * content ({@link #VERSION}): an address that carries the current hash never changes its content,
 * so it is cached for a year as immutable; any other (no hash, or a page rendered before the file
 * changed) is revalidated at each use.
 */
public record StaticFile(String path, String version) {

  /** The query parameter that carries the hash of the file's content. */
  public static final String VERSION = "h";

  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String REVALIDATE = "no-cache";

  private static final String FACES = "/jakarta.faces.resource/";
  private static final String DIRECT = "/resources/";
  private static final String FACES_SUFFIX = ".xhtml";

  /**
   * Reads a request's path (without the context path), its library parameter and its version
   * parameter; empty for anything outside {@code resources/} or a path that leaves it.
   */
  public static Optional<StaticFile> of(String path, String library, String version) {
    if (path == null) {
      return Optional.empty();
    }
    String name;
    if (path.startsWith(FACES) && path.endsWith(FACES_SUFFIX)) {
      name = path.substring(FACES.length(), path.length() - FACES_SUFFIX.length());
      if (library != null) {
        name = library + "/" + name;
      }
    } else if (path.startsWith(DIRECT)) {
      name = path.substring(DIRECT.length());
    } else {
      return Optional.empty();
    }
    if (!safe(name)) {
      return Optional.empty();
    }
    return Optional.of(new StaticFile(DIRECT + name, version));
  }

  /** What a cache may do with the file: keep it a year when its address names its content. */
  public String cacheControl(Optional<String> currentHash) {
    return version != null && currentHash.filter(version::equals).isPresent()
        ? IMMUTABLE
        : REVALIDATE;
  }

  /** The hash an address names a content by: 16 hex digits of its SHA-256. */
  public static String hash(InputStream content) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[8192];
      for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
        digest.update(buffer, 0, read);
      }
      return HexFormat.of().formatHex(digest.digest(), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static boolean safe(String name) {
    if (name.isEmpty() || name.contains("\\") || name.contains(":") || name.contains("%")) {
      return false;
    }
    for (String segment : name.split("/", -1)) {
      if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
        return false;
      }
    }
    return true;
  }
}
