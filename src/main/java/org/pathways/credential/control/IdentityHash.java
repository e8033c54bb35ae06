package org.pathways.credential.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The Open Badges IdentityHash of an email: {@code sha256$} and the hex SHA-256 of the email (lower
 * case) followed by the salt. Whoever knows the email and reads the salt can check it; nobody reads
 * the email from it.
 */
public final class IdentityHash {

  private IdentityHash() {}

  public static String of(String email, String salt) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(
                  (email.strip().toLowerCase(Locale.ROOT) + salt).getBytes(StandardCharsets.UTF_8));
      return "sha256$" + HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
