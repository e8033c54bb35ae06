package org.pathways.identity.control;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * What a verified OpenID Connect sign-in does: the account already linked to the provider's account
 * signs in; else a signed-in owner links it to their account; else a new account is made from the
 * verified claims, but never one whose email another account has (that owner links it after signing
 * in with the password), and never one without a verified email (every account has an email).
 */
public final class OidcArrival {

  static final int MAX_NAME = 120;

  private OidcArrival() {}

  /** The verified claims of an ID token that matter here; any may be null. */
  public record Claims(
      String subject,
      String name,
      String givenName,
      String familyName,
      String email,
      Boolean emailVerified) {

    /** The email, only when the provider says it verified it. */
    public Optional<String> verifiedEmail() {
      return Boolean.TRUE.equals(emailVerified)
              && email != null
              && email.contains("@")
              && email.strip().length() <= 254
          ? Optional.of(email.strip().toLowerCase(Locale.ROOT))
          : Optional.empty();
    }

    /** Their name: {@code name}, else given and family names, else the email's local part. */
    public String displayName() {
      String chosen;
      if (present(name)) {
        chosen = name.strip();
      } else if (present(givenName) || present(familyName)) {
        chosen =
            ((present(givenName) ? givenName.strip() : "")
                    + " "
                    + (present(familyName) ? familyName.strip() : ""))
                .strip();
      } else {
        chosen = verifiedEmail().map(e -> e.substring(0, e.indexOf('@'))).orElse("");
      }
      return chosen.length() > MAX_NAME ? chosen.substring(0, MAX_NAME) : chosen;
    }

    private static boolean present(String text) {
      return text != null && !text.isBlank();
    }
  }

  public enum Kind {
    SIGN_IN,
    LINK,
    CREATE,
    EMAIL_TAKEN,
    NO_VERIFIED_EMAIL,
    /** The account's district requires another provider ({@link RequiredSignIn}). */
    DISTRICT_PROVIDER
  }

  /**
   * The decision; {@code account} is the one to sign in to or link to (SIGN_IN, LINK), {@code name}
   * and {@code email} the new account's (CREATE).
   */
  public record Decision(Kind kind, UUID account, String name, String email) {}

  /**
   * Decides from the account linked to this provider account (if any), the account this browser is
   * signed in to (if any), the claims, and whether their verified email belongs to an account.
   */
  public static Decision decide(
      Optional<UUID> linked, Optional<UUID> signedIn, Claims claims, boolean emailTaken) {
    if (linked.isPresent()) {
      return new Decision(Kind.SIGN_IN, linked.get(), null, null);
    }
    if (signedIn.isPresent()) {
      return new Decision(Kind.LINK, signedIn.get(), null, null);
    }
    Optional<String> email = claims.verifiedEmail();
    if (email.isEmpty()) {
      return new Decision(Kind.NO_VERIFIED_EMAIL, null, null, null);
    }
    if (emailTaken) {
      return new Decision(Kind.EMAIL_TAKEN, null, null, null);
    }
    String name = claims.displayName();
    return new Decision(Kind.CREATE, null, name.isEmpty() ? email.get() : name, email.get());
  }

  /**
   * The decision under a district's rule: a sign-in, link or new account whose email's district
   * requires another provider than {@code arriving} is refused (naming the required provider in
   * {@code name}); refusals stay as they are.
   */
  public static Decision underRule(Decision decision, Optional<String> required, String arriving) {
    boolean admits =
        decision.kind() == Kind.SIGN_IN
            || decision.kind() == Kind.LINK
            || decision.kind() == Kind.CREATE;
    if (!admits || RequiredSignIn.allows(required, arriving)) {
      return decision;
    }
    return new Decision(Kind.DISTRICT_PROVIDER, null, required.get(), null);
  }
}
