package org.pathways.xapi.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * A statement's id from the event it states: a name-based UUID (version 5, SHA-1, RFC 4122) of the
 * event's stable key in the platform's own namespace, so that the same event always has the same id
 * and an LRS that already holds it recognises a resend.
 */
public final class StatementIds {

  /** The namespace of every Pathways statement id (fixed forever: changing it would re-send). */
  static final UUID NAMESPACE = UUID.fromString("6b1f3c8e-2d4a-5e6f-9a0b-7c8d9e0f1a2b");

  private StatementIds() {}

  public static UUID of(String eventKey) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    sha1.update(
        ByteBuffer.allocate(16)
            .putLong(NAMESPACE.getMostSignificantBits())
            .putLong(NAMESPACE.getLeastSignificantBits())
            .array());
    byte[] hash = sha1.digest(eventKey.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
    ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bytes.getLong(), bytes.getLong());
  }
}
