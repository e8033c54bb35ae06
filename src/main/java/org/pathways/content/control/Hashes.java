package org.pathways.content.control;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 content hashes: a package's version, and each asset's cache key. */
final class Hashes {

  private Hashes() {}

  static String of(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /** The hash of these files' paths (relative to {@code root}) and contents, in the given order. */
  static String ofFiles(Path root, List<Path> files) {
    MessageDigest digest = sha256();
    for (Path file : files) {
      digest.update(
          root.relativize(file).toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          byte[] buffer = new byte[64 * 1024];
          for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
          }
        } catch (IOException e) {
          digest.update(("unreadable:" + e.getMessage()).getBytes(StandardCharsets.UTF_8));
        }
      }
      digest.update((byte) 0);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
