package org.pathways.credential.control;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.pathways.credential.entity.IssuerProfile;
import org.pathways.credential.entity.StatusEntry;

/**
 * W3C Bitstring Status List v1.0, purpose "revocation": each list holds {@link #SIZE} bits (the
 * spec's minimum of 16 KiB, so that one bit does not single out a holder), bit 0 being the
 * left-most bit of the first byte; the list is GZIP-compressed, base64url-encoded without padding
 * and multibase-prefixed with {@code u}. A set bit means revoked.
 */
public final class StatusLists {

  /** Bits per list: 131,072 (16 KiB). */
  public static final int SIZE = 131_072;

  private StatusLists() {}

  /** The list and bit of a certificate's status index. */
  public static StatusEntry entry(String listsUrl, int statusIndex) {
    int list = statusIndex / SIZE + 1;
    return new StatusEntry(listsUrl + "/" + list, list, statusIndex % SIZE);
  }

  /** The first status index that list {@code list} (from 1) covers. */
  public static int firstIndex(int list) {
    return (list - 1) * SIZE;
  }

  /** The credential's {@code credentialStatus}. */
  public static Map<String, Object> credentialStatus(StatusEntry entry) {
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("id", entry.listUrl() + "#" + entry.index());
    status.put("type", "BitstringStatusListEntry");
    status.put("statusPurpose", "revocation");
    status.put("statusListIndex", Integer.toString(entry.index()));
    status.put("statusListCredential", entry.listUrl());
    return status;
  }

  /** The status list credential (unsigned) for these set bits. */
  public static Map<String, Object> listCredential(
      String listUrl, IssuerProfile issuer, BitSet revoked, String validFrom) {
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", listUrl + "#list");
    subject.put("type", "BitstringStatusList");
    subject.put("statusPurpose", "revocation");
    subject.put("encodedList", encode(revoked));
    Map<String, Object> credential = new LinkedHashMap<>();
    credential.put("@context", List.of("https://www.w3.org/ns/credentials/v2"));
    credential.put("id", listUrl);
    credential.put("type", List.of("VerifiableCredential", "BitstringStatusListCredential"));
    credential.put("issuer", issuer.id());
    credential.put("validFrom", validFrom);
    credential.put("credentialSubject", subject);
    return credential;
  }

  /** The {@code encodedList} of these set bits in a list of {@link #SIZE} bits. */
  public static String encode(BitSet revoked) {
    if (revoked.length() > SIZE) {
      throw new IllegalArgumentException("a status list holds " + SIZE + " bits");
    }
    byte[] bytes = new byte[SIZE / 8];
    for (int bit = revoked.nextSetBit(0); bit >= 0; bit = revoked.nextSetBit(bit + 1)) {
      bytes[bit / 8] |= (byte) (0x80 >>> (bit % 8));
    }
    ByteArrayOutputStream zipped = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
      gzip.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return "u" + Base64.getUrlEncoder().withoutPadding().encodeToString(zipped.toByteArray());
  }

  /** The set bits of an {@code encodedList}. */
  public static BitSet decode(String encodedList) {
    if (encodedList == null || !encodedList.startsWith("u")) {
      throw new IllegalArgumentException("not a multibase base64url string");
    }
    byte[] bytes;
    try (GZIPInputStream gzip =
        new GZIPInputStream(
            new ByteArrayInputStream(Base64.getUrlDecoder().decode(encodedList.substring(1))))) {
      bytes = gzip.readAllBytes();
    } catch (IOException e) {
      throw new IllegalArgumentException("not a GZIP-compressed list", e);
    }
    BitSet bits = new BitSet();
    for (int i = 0; i < bytes.length * 8; i++) {
      if ((bytes[i / 8] & (0x80 >>> (i % 8))) != 0) {
        bits.set(i);
      }
    }
    return bits;
  }
}
