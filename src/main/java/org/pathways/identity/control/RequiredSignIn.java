package org.pathways.identity.control;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A district's rule that teachers whose email is in its domains sign in through its provider: which
 * domains a rule may name, and whom it concerns. A rule whose provider is no longer configured
 * holds nobody (a removed provider must not lock a district's teachers out; the password works
 * again until the rule is changed).
 */
public final class RequiredSignIn {

  /** At most this many domains per district. */
  public static final int MAX_DOMAINS = 20;

  private static final Pattern DOMAIN =
      Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

  /**
   * Mail services anyone can use: no district owns their addresses, so no rule may claim them (it
   * would lock every teacher using one out of their password).
   */
  static final Set<String> PUBLIC_MAIL =
      Set.of(
          "gmail.com",
          "googlemail.com",
          "outlook.com",
          "hotmail.com",
          "live.com",
          "msn.com",
          "yahoo.com",
          "ymail.com",
          "icloud.com",
          "me.com",
          "aol.com",
          "proton.me",
          "protonmail.com",
          "gmx.com",
          "mail.com",
          "zoho.com");

  private RequiredSignIn() {}

  /** Why a list of domains cannot be a rule. */
  public enum Problem {
    INVALID,
    PUBLIC_MAIL,
    TOO_MANY
  }

  /** The domains read from text (one per line, or separated by commas or spaces), or a problem. */
  public record Domains(List<String> domains, Problem problem, String offending) {
    public boolean valid() {
      return problem == null;
    }
  }

  /**
   * The distinct domains named, in lower case, with a leading {@code @} allowed; the first problem
   * found otherwise.
   */
  public static Domains read(String text) {
    Set<String> found = new LinkedHashSet<>();
    for (String part : (text == null ? "" : text).split("[\\s,;]+")) {
      String domain = part.strip().toLowerCase(Locale.ROOT);
      if (domain.startsWith("@")) {
        domain = domain.substring(1);
      }
      if (domain.isEmpty()) {
        continue;
      }
      if (!DOMAIN.matcher(domain).matches()) {
        return new Domains(List.of(), Problem.INVALID, part.strip());
      }
      if (PUBLIC_MAIL.contains(domain)) {
        return new Domains(List.of(), Problem.PUBLIC_MAIL, domain);
      }
      found.add(domain);
    }
    if (found.size() > MAX_DOMAINS) {
      return new Domains(List.of(), Problem.TOO_MANY, null);
    }
    return new Domains(new ArrayList<>(found), null, null);
  }

  /** The domain of an email address, in lower case; empty when it has none. */
  public static Optional<String> domainOf(String email) {
    if (email == null) {
      return Optional.empty();
    }
    int at = email.lastIndexOf('@');
    String domain = at < 0 ? "" : email.substring(at + 1).strip().toLowerCase(Locale.ROOT);
    return domain.isEmpty() ? Optional.empty() : Optional.of(domain);
  }

  /**
   * The provider an email's owner must sign in with: the rule's provider for its domain, when that
   * provider is configured.
   */
  public static Optional<String> providerFor(
      Optional<String> ruleProvider, Set<String> configured) {
    return ruleProvider.filter(configured::contains);
  }

  /**
   * Whether a sign-in through {@code arriving} (null for the password) may reach the account with
   * this required provider (empty: no rule).
   */
  public static boolean allows(Optional<String> required, String arriving) {
    return required.isEmpty() || required.get().equals(arriving);
  }
}
