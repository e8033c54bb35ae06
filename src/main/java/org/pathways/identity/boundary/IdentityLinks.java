package org.pathways.identity.boundary;

import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;

/**
 * Where the identity pages live, in one place (paths from the site root); other features send a
 * visitor to sign in through {@link #signIn(String)}.
 */
public final class IdentityLinks {

  static final String SIGN_IN = "/identity/sign-in.xhtml";
  static final String PROFILE = "/identity/profile.xhtml";
  static final String MAILED_LINK = "/identity/link.xhtml";

  private IdentityLinks() {}

  /** Administrators' search for accounts, where roles are given. */
  public static String users() {
    return "/admin/users.xhtml";
  }

  /** Sign-in, then back to {@code next} (a path of this site with its query, encoded whole). */
  public static String signIn(String next) {
    return UriBuilder.fromPath(SIGN_IN).queryParam("next", "{next}").build(next).toString();
  }

  /** The home page after signing out. */
  static String signedOut() {
    return home("signedOut");
  }

  /** The home page after the account was deleted. */
  static String deleted() {
    return home("deleted");
  }

  private static String home(String flag) {
    return UriBuilder.fromPath("/index.xhtml").queryParam(flag, true).build().toString();
  }

  /** An account as an administrator manages it. */
  static String user(UUID id) {
    return UriBuilder.fromPath("/admin/user.xhtml").queryParam("id", id).build().toString();
  }

  /** The address a mailed reset link starts with; the token follows. */
  static String resetPrefix() {
    return "/identity/reset.xhtml?token=";
  }
}
