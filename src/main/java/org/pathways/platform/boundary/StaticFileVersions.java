package org.pathways.platform.boundary;

import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.pathways.platform.control.StaticFile;

/**
 * The hash of each file under {@code resources/} that the WAR ships, read once: the files of a
 * deployed WAR never change, and a new deployment starts with an empty memory. Only files that
 * exist are remembered, so addresses that name nothing cannot fill it.
 */
final class StaticFileVersions {

  private static final Map<String, String> HASHES = new ConcurrentHashMap<>();

  private StaticFileVersions() {}

  /** The hash of the file at {@code path} (such as {@code /resources/js/step.js}), if it exists. */
  static Optional<String> current(ServletContext context, String path) {
    String known = HASHES.get(path);
    if (known != null) {
      return Optional.of(known);
    }
    try (InputStream content = context.getResourceAsStream(path)) {
      if (content == null) {
        return Optional.empty();
      }
      String hash = StaticFile.hash(content);
      HASHES.put(path, hash);
      return Optional.of(hash);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
