package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.pathways.identity.control.CallerCache;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.GradeBand;
import org.pathways.identity.entity.SignUp;
import org.pathways.platform.control.Languages;
import org.pathways.platform.control.TimeZones;
import org.pathways.platform.entity.Refusal;

/**
 * Accounts: sign-up, the profile, and looking accounts up (by id, by email, a page of a search).
 * Other features read names, emails and ZIP codes through here.
 */
@ApplicationScoped
public class Accounts {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject CallerCache callers;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /**
   * Opens an account with a password already hashed ({@link SignUps} hashes it before any
   * transaction, so that a sign-up waiting for a hashing thread holds no database connection).
   */
  @Transactional
  public Account open(SignUp form, String hash, Locale language) {
    String email = Account.normalize(form.email());
    if (accountByEmail(email).isPresent()) {
      throw emailTaken();
    }
    Account account = new Account(email, form.name(), hash, clock.instant());
    account.describe(
        new Account.Profile(
            form.name(),
            form.school(),
            form.district(),
            form.state(),
            form.zip(),
            GradeBand.of(form.gradeBand()).orElse(null)),
        clock.instant());
    account.prefer(language, null, clock.instant());
    em.persist(account);
    em.flush();
    audit.record(account.getId(), "account.created", account.getId().toString(), null, null);
    return account;
  }

  @Transactional
  public Optional<Account> account(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(Account.class, id));
  }

  /** A right password's stronger hash, made at sign-in (outside any transaction). */
  @Transactional
  public void rehash(UUID id, String hash) {
    account(id).ifPresent(account -> account.changePassword(hash, clock.instant()));
  }

  /** The account as a caller (name and roles), remembered for a few seconds. */
  @Transactional
  public Optional<Caller> caller(UUID id) {
    return callers.account(id, () -> account(id).map(Account::asCaller));
  }

  @Transactional
  public Account updateProfile(UUID id, Account.Profile profile) {
    return updateProfile(id, profile, null, null);
  }

  /**
   * Changes the profile, and the language and time zone where they are given (null leaves them as
   * they are); a zone that is not an IANA region is refused, naming {@code timeZone}.
   */
  @Transactional
  public Account updateProfile(UUID id, Account.Profile profile, String language, String zone) {
    Locale chosen = language(language);
    ZoneId given = zone(zone);
    Account account = account(id).orElseThrow(() -> Refusal.notFound("identity.account.not_found"));
    account.describe(profile, clock.instant());
    account.prefer(chosen, given, clock.instant());
    callers.forgetAccount(id);
    return account;
  }

  /**
   * Keeps the language they chose (the header's switch) or the time zone they gave (asked once, or
   * on the profile); null leaves that one as it is.
   */
  @Transactional
  public Account prefer(UUID id, String language, String zone) {
    Locale chosen = language(language);
    ZoneId given = zone(zone);
    Account account = account(id).orElseThrow(() -> Refusal.notFound("identity.account.not_found"));
    if (account.prefer(chosen, given, clock.instant())) {
      callers.forgetAccount(id);
    }
    return account;
  }

  private static Locale language(String tag) {
    return tag == null || tag.isBlank()
        ? null
        : Languages.of(tag)
            .orElseThrow(() -> Refusal.invalid("language", "identity.language.invalid"));
  }

  private static ZoneId zone(String name) {
    return name == null || name.isBlank()
        ? null
        : TimeZones.of(name)
            .orElseThrow(
                () ->
                    Refusal.invalid(
                        "timeZone", "identity.time_zone.unknown", TimeZones.shown(name)));
  }

  /** One page of accounts whose email or name contains {@code text}, by email. */
  @Transactional
  public List<Account> search(String text, int page, int size) {
    return em.createNamedQuery(Account.SEARCH, Account.class)
        .setParameter(
            "text", "%" + (text == null ? "" : text.strip().toLowerCase(Locale.ROOT)) + "%")
        .setFirstResult(Math.max(0, page - 1) * size)
        .setMaxResults(size)
        .getResultList();
  }

  /** 409: another account has this email. */
  static Refusal emailTaken() {
    return Refusal.of(Refusal.Kind.CONFLICT, "identity.sign_up.error.email_in_use")
        .withErrors(List.of(Refusal.FieldError.of("email", "identity.sign_up.error.email_taken")));
  }

  /** The account with this email (normalized here), if any. */
  @Transactional
  public Optional<Account> accountByEmail(String email) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", Account.normalize(email))
        .getResultStream()
        .findFirst();
  }

  /** The addresses of every account holding this role (one query), for mail to staff. */
  public List<String> emailsHolding(org.pathways.identity.entity.Role role) {
    return em.createQuery(
            "select a.email from Account a join a.roles r where r = :role order by a.email",
            String.class)
        .setParameter("role", role)
        .setMaxResults(200)
        .getResultList();
  }

  /** The accounts with these ids (one query), for lists that show names. */
  public List<Account> accounts(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select a from Account a where a.id in :ids", Account.class)
        .setParameter("ids", ids)
        .getResultList();
  }
}
