package org.pathways.workshop.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret in a teacher's calendar-feed address. It is never stored: it is derived from the
 * platform's key, the account and a random nonce (HMAC-SHA-256), so that it can be shown again; the
 * database keeps the nonce and the secret's SHA-256, by which a feed request is found.
 */
public final class FeedSecret {

  private FeedSecret() {}

  /** 43 URL-safe characters (256 bits). */
  public static String derive(String key, UUID account, UUID nonce) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      byte[] secret = mac.doFinal((account + "/" + nonce).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
    }
  }

  /** The hex SHA-256 stored for a secret (the same scheme as bearer tokens). */
  public static String hash(String secret) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whether a text could be a secret at all (checked before any database work). */
  public static boolean wellFormed(String secret) {
    return secret != null && secret.length() == 43 && secret.matches("[A-Za-z0-9_-]+");
  }
}
