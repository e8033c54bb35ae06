package org.pathways.district.boundary;

import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;

/** Where the district feature's pages live, in one place (paths from the site root). */
public final class DistrictLinks {

  private DistrictLinks() {}

  /** The public form, saying the inquiry was sent. */
  static String inquirySent() {
    return UriBuilder.fromPath("/partners/index.xhtml")
        .queryParam("sent", "true")
        .build()
        .toString();
  }

  /** Staff's list of inquiries, of one status or all (null). */
  public static String inquiries(String status) {
    UriBuilder link = UriBuilder.fromPath("/partners/inquiries.xhtml");
    if (status != null && !status.isBlank()) {
      link.queryParam("status", status);
    }
    return link.build().toString();
  }

  /** The districts the caller may see. */
  public static String districts() {
    return "/districts/index.xhtml";
  }

  /** A district's page. */
  public static String district(UUID id) {
    return UriBuilder.fromPath("/districts/district.xhtml").queryParam("id", id).build().toString();
  }
}
