package org.pathways.identity.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which address a request came from, for the limits that count per address. Behind trusted proxies
 * each one appends the address it received the request from to X-Forwarded-For, so the client's
 * address is the one the outermost trusted proxy wrote: the {@code hops}-th entry from the right.
 * Everything left of it was written by the client and is never believed. Without trusted proxies
 * ({@code hops} 0), or when that entry is blank or not an address, the connection's address counts.
 */
public final class ClientAddress {

  private static final int LONGEST = 64;
  private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

  private ClientAddress() {}

  /**
   * @param forwardedFor every X-Forwarded-For header of the request, in order (one header may list
   *     several addresses, separated by commas)
   * @param connection the address of the connection (the nearest proxy, when there is one)
   * @param hops how many proxies in front of the platform append to X-Forwarded-For; 0 trusts none
   */
  public static String of(List<String> forwardedFor, String connection, int hops) {
    String fallback = connection == null ? "" : shorten(connection.strip());
    if (hops < 1 || forwardedFor == null) {
      return fallback;
    }
    List<String> entries = new ArrayList<>();
    for (String header : forwardedFor) {
      if (header != null) {
        for (String entry : header.split(",", -1)) {
          entries.add(entry.strip());
        }
      }
    }
    if (entries.isEmpty() || entries.stream().allMatch(String::isEmpty)) {
      return fallback;
    }
    // Fewer entries than proxies: the farthest one there is.
    String chosen = entries.get(Math.max(0, entries.size() - hops));
    return ADDRESS.matcher(chosen).matches() ? chosen : fallback;
  }

  private static String shorten(String address) {
    return address.length() > LONGEST ? address.substring(0, LONGEST) : address;
  }
}
