package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.control.CallerCache;
import org.pathways.identity.control.LastAdministrator;
import org.pathways.identity.control.Passwords;
import org.pathways.identity.control.SecretTokens;
import org.pathways.identity.control.SignInThrottle;
import org.pathways.identity.control.SignUpThrottle;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.AccountDeleted;
import org.pathways.identity.entity.ApiToken;
import org.pathways.identity.entity.AuditEntry;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.GradeBand;
import org.pathways.identity.entity.IssuedToken;
import org.pathways.identity.entity.PasswordReset;
import org.pathways.identity.entity.PersonalData;
import org.pathways.identity.entity.Role;
import org.pathways.identity.entity.SignUp;
import org.pathways.platform.boundary.Mailer;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.LogText;
import org.pathways.platform.entity.Refusal;

/**
 * The identity feature's transactional facade: accounts, sign-in, tokens, password resets, roles,
 * export and deletion. Pages and the API both come through here.
 */
@ApplicationScoped
public class Identity {

  private static final Logger LOG = Logger.getLogger(Identity.class.getName());

  @Inject jakarta.enterprise.inject.Instance<PersonalData> features;
  @Inject CallerCache callers;
  @Inject AccountSecurity security;
  static final String BAD_CREDENTIALS = "The email or password is not right.";

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Passwords passwords;
  @Inject SignInThrottle throttle;
  @Inject SignUpThrottle signUps;
  @Inject AuditTrail audit;
  @Inject Mailer mailer;
  @Inject Clock clock;
  @Inject Event<AccountDeleted> accountDeleted;
  @Inject Event<org.pathways.identity.entity.RoleWithdrawn> roleWithdrawn;

  @Inject
  @ConfigProperty(name = "pathways.tokens.api-days", defaultValue = "30")
  int apiTokenDays;

  @Inject
  @ConfigProperty(name = "pathways.tokens.page-minutes", defaultValue = "30")
  int pageTokenMinutes;

  @Inject
  @ConfigProperty(name = "pathways.password.reset-minutes", defaultValue = "60")
  int resetMinutes;

  /**
   * Opens an account. Sign-ups are limited per address, counted before the password is hashed (the
   * expensive part).
   */
  @Transactional
  public Account signUp(SignUp form, String address) {
    passwords
        .problem(form.password())
        .ifPresent(
            problem -> {
              throw Refusal.invalid("password", problem.words);
            });
    String email = Account.normalize(form.email());
    if (findByEmail(email).isPresent()) {
      throw new Refusal(
          Refusal.Kind.CONFLICT,
          "An account with this email already exists. Sign in, or reset your password if you forgot it.",
          List.of(new Refusal.FieldError("email", "This email is already in use.")),
          null);
    }
    Optional<Duration> wait = signUps.take(address);
    if (wait.isPresent()) {
      throw Refusal.tooMany(
          wait.get(), "identity_sign_up.error.too_many", Limiter.minutes(wait.get()));
    }
    Account account =
        new Account(email, form.name(), passwords.hash(form.password()), clock.instant());
    account.describe(
        new Account.Profile(
            form.name(),
            form.school(),
            form.district(),
            form.state(),
            form.zip(),
            GradeBand.of(form.gradeBand()).orElse(null)),
        clock.instant());
    em.persist(account);
    em.flush();
    audit.record(account.getId(), "account.created", account.getId().toString(), null, null);
    return account;
  }

  /**
   * The account with this email and password. Unknown email and wrong password give the same
   * refusal after the same work; ten failures lock the account and the address for a while (each
   * attempt is taken before hashing and given back when it succeeds).
   */
  @Transactional(dontRollbackOn = Refusal.class)
  public Account signIn(String email, String password, String address) {
    String normalized = Account.normalize(email);
    // The attempt is taken before the hash, so that parallel guesses cannot all pass.
    Optional<Duration> locked = throttle.take(normalized, address);
    if (locked.isPresent()) {
      audit.record(null, "signin.locked", null, LogText.safe(normalized), address);
      throw Refusal.tooMany(
          locked.get(), "identity_sign_in.error.locked", Limiter.minutes(locked.get()));
    }
    Optional<Account> account = findByEmail(normalized);
    boolean matches;
    if (account.isPresent()) {
      matches = passwords.matches(password, account.get().getPasswordHash());
    } else {
      passwords.checkAgainstDecoy(password);
      matches = false;
    }
    if (!matches) {
      audit.record(
          account.map(Account::getId).orElse(null),
          "signin.failed",
          null,
          LogText.safe(normalized),
          address);
      throw new Refusal(Refusal.Kind.NOT_SIGNED_IN, BAD_CREDENTIALS);
    }
    throttle.succeeded(normalized, address);
    Account found = account.get();
    if (passwords.outdated(found.getPasswordHash())) {
      found.changePassword(passwords.hash(password), clock.instant());
    }
    audit.record(found.getId(), "signin.succeeded", found.getId().toString(), null, address);
    return found;
  }

  @Transactional
  public IssuedToken issueToken(UUID accountId, ApiToken.Purpose purpose) {
    String secret = SecretTokens.generate();
    Instant now = clock.instant();
    Instant expires =
        purpose == ApiToken.Purpose.API
            ? now.plus(Duration.ofDays(apiTokenDays))
            : now.plus(Duration.ofMinutes(pageTokenMinutes));
    ApiToken token = new ApiToken(accountId, SecretTokens.hash(secret), purpose, now, expires);
    em.persist(token);
    if (purpose == ApiToken.Purpose.API) {
      audit.record(accountId, "token.created", token.getId().toString(), null, null);
    }
    return new IssuedToken(token.getId(), secret, expires);
  }

  /** The caller a bearer token stands for, and the token's id, while it is valid. */
  @Transactional
  public Optional<Map.Entry<UUID, Caller>> callerForToken(String secret) {
    if (secret == null || secret.isBlank() || secret.length() > 200) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    String hash = SecretTokens.hash(secret.strip());
    return callers
        .token(
            hash,
            now,
            () ->
                em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                    .setParameter("hash", hash)
                    .getResultStream()
                    .filter(token -> token.validAt(now))
                    .findFirst()
                    .flatMap(
                        token ->
                            account(token.getAccountId())
                                .map(
                                    a ->
                                        new CallerCache.TokenCaller(
                                            token.getId(), a.asCaller(), token.getExpiresAt()))))
        .map(found -> Map.entry(found.tokenId(), found.caller()));
  }

  @Transactional
  public void revokeToken(UUID tokenId, UUID owner) {
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null || !token.getAccountId().equals(owner)) {
      throw Refusal.notFound("There is no such token.");
    }
    token.revoke(clock.instant());
    callers.forgetToken(tokenId);
  }

  @Transactional
  public Optional<Account> account(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(Account.class, id));
  }

  @Transactional
  public Optional<Caller> caller(UUID id) {
    return callers.account(id, () -> account(id).map(Account::asCaller));
  }

  @Transactional
  public Account updateProfile(UUID id, Account.Profile profile) {
    Account account = account(id).orElseThrow(() -> Refusal.notFound("There is no such account."));
    account.describe(profile, clock.instant());
    callers.forgetAccount(id);
    return account;
  }

  /** Assigns an account's roles (audited); 409 when it would leave no administrator. */
  @Transactional
  public Account assignRoles(Caller actor, UUID id, Set<Role> roles) {
    Account account = account(id).orElseThrow(() -> Refusal.notFound("There is no such account."));
    Set<Role> before = account.getRoles();
    if (before.contains(Role.ADMIN) && !roles.contains(Role.ADMIN)) {
      // Locks the administrators' rows: two of the last two cannot step down at the same time.
      long administrators =
          em.createNativeQuery(
                  "select account_id from account_role where role = 'ADMIN' for update")
              .getResultList()
              .size();
      if (LastAdministrator.wouldBeRemoved(before, roles, administrators)) {
        throw new Refusal(
                Refusal.Kind.CONFLICT,
                "This is the only administrator account. Make another account an administrator"
                    + " first; then this one can give up the role.")
            .keyed("admin_user.last_admin");
      }
    }
    account.assignRoles(roles, clock.instant());
    callers.forgetAccount(id);
    for (Role lost : before) {
      if (!account.getRoles().contains(lost)) {
        roleWithdrawn.fire(new org.pathways.identity.entity.RoleWithdrawn(id, lost));
      }
    }
    audit.record(
        actor.id(), "roles.changed", id.toString(), before + " -> " + account.getRoles(), null);
    return account;
  }

  /** Everything Pathways holds about this account, as one document. */
  @Transactional
  public Map<String, Object> export(UUID id) {
    Account account = account(id).orElseThrow(() -> Refusal.notFound("There is no such account."));
    Map<String, Object> export = new LinkedHashMap<>();
    Map<String, Object> profile = new LinkedHashMap<>();
    profile.put("id", account.getId().toString());
    profile.put("email", account.getEmail());
    profile.put("name", account.getName());
    profile.put("school", account.getSchool());
    profile.put("district", account.getDistrict());
    profile.put("state", account.getState());
    profile.put("zip", account.getZip());
    profile.put("gradeBand", account.getGradeBand() == null ? null : account.getGradeBand().code());
    profile.put("roles", account.getRoles().stream().map(Role::name).sorted().toList());
    profile.put("createdAt", account.getCreatedAt().toString());
    export.put("account", profile);
    export.put(
        "tokens",
        em
            .createNamedQuery(ApiToken.BY_ACCOUNT, ApiToken.class)
            .setParameter("account", id)
            .getResultList()
            .stream()
            .map(
                token -> {
                  Map<String, Object> t = new LinkedHashMap<>();
                  t.put("id", token.getId().toString());
                  t.put("purpose", token.getPurpose().name());
                  t.put("createdAt", token.getCreatedAt().toString());
                  t.put("expiresAt", token.getExpiresAt().toString());
                  t.put(
                      "revokedAt",
                      token.getRevokedAt() == null ? null : token.getRevokedAt().toString());
                  return t;
                })
            .toList());
    export.put(
        "auditLog",
        em
            .createNamedQuery(AuditEntry.ABOUT, AuditEntry.class)
            .setParameter("account", id)
            .setParameter("subject", id.toString())
            .setMaxResults(1000)
            .getResultList()
            .stream()
            .map(
                entry -> {
                  Map<String, Object> e = new LinkedHashMap<>();
                  e.put("at", entry.getAt().toString());
                  e.put("action", entry.getAction());
                  e.put("address", entry.getAddress());
                  return e;
                })
            .toList());
    for (PersonalData feature : features) {
      export.put(feature.section(), feature.export(id));
    }
    audit.record(id, "data.exported", id.toString(), null, null);
    return export;
  }

  /**
   * Deletes the account and everything that hangs on it, once its password is given again (a
   * borrowed token or an unattended page is not enough); other features delete theirs on the event.
   */
  @Transactional(dontRollbackOn = Refusal.class)
  public void delete(UUID id, String password, String address) {
    Account account = account(id).orElseThrow(() -> Refusal.notFound("There is no such account."));
    security.confirmPassword(account, password, address);
    accountDeleted.fire(new AccountDeleted(id));
    em.remove(account);
    callers.forgetAccount(id);
    audit.record(id, "account.deleted", id.toString(), null, null);
  }

  /**
   * Mails a single-use link when the (normalized) email has an account. Runs after the request has
   * been answered ({@link PasswordResetRequests}), so its cost tells the requester nothing.
   */
  @Transactional
  public void mailResetLink(String email, String linkBase) {
    Optional<Account> account = findByEmail(email);
    if (account.isEmpty()) {
      return;
    }
    String secret = SecretTokens.generate();
    Instant now = clock.instant();
    em.persist(
        new PasswordReset(
            account.get().getId(),
            SecretTokens.hash(secret),
            now,
            now.plus(Duration.ofMinutes(resetMinutes))));
    mailer.send(
        account.get().getEmail(),
        "Reset your Pathways password",
        "Hello "
            + account.get().getName()
            + ",\n\nSomeone asked to reset the password of your Pathways account. If it was you, open this link"
            + " within "
            + resetMinutes
            + " minutes to choose a new password:\n\n"
            + linkBase
            + secret
            + "\n\nIf it was not you, ignore this message: your password stays as it is.\n");
    audit.record(
        account.get().getId(),
        "password.reset-requested",
        account.get().getId().toString(),
        null,
        null);
  }

  @Transactional
  public Account resetPassword(String secret, String newPassword) {
    PasswordReset reset =
        em.createNamedQuery(PasswordReset.BY_HASH, PasswordReset.class)
            .setParameter("hash", SecretTokens.hash(secret == null ? "" : secret))
            .getResultStream()
            .filter(found -> found.usableAt(clock.instant()))
            .findFirst()
            .orElseThrow(
                () ->
                    new Refusal(
                        Refusal.Kind.UNPROCESSABLE,
                        "This reset link has expired or was already used. Ask for a new one."));
    passwords
        .problem(newPassword)
        .ifPresent(
            problem -> {
              throw Refusal.invalid("password", problem.words);
            });
    Account account =
        account(reset.getAccountId())
            .orElseThrow(() -> Refusal.notFound("There is no such account."));
    account.changePassword(passwords.hash(newPassword), clock.instant());
    reset.use(clock.instant());
    // Whoever knew the old password may hold tokens, sessions or feed addresses: a reset ends them.
    security.passwordReplaced(account.getId(), null);
    audit.record(account.getId(), "password.reset", account.getId().toString(), null, null);
    return account;
  }

  /**
   * Creates the first administrator from configuration when absent; never changes an existing
   * account.
   */
  @Transactional
  public void ensureAdministrator(String email, String password) {
    if (findByEmail(Account.normalize(email)).isPresent()) {
      return;
    }
    Optional<Passwords.Problem> problem = passwords.problem(password);
    if (problem.isPresent()) {
      LOG.severe(
          "PATHWAYS_ADMIN_PASSWORD cannot be used: "
              + problem.get().words
              + " No administrator was created.");
      return;
    }
    Account admin = new Account(email, "Administrator", passwords.hash(password), clock.instant());
    admin.assignRoles(Set.of(Role.ADMIN), clock.instant());
    em.persist(admin);
    audit.record(
        null,
        "account.created",
        admin.getId().toString(),
        "first administrator from configuration",
        null);
    LOG.info(() -> "Created the first administrator account " + LogText.safe(admin.getEmail()));
  }

  /** One page of accounts whose email or name contains {@code text}, by email. */
  @Transactional
  public List<Account> search(String text, int page, int size) {
    return em.createNamedQuery(Account.SEARCH, Account.class)
        .setParameter(
            "text",
            "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)) + "%")
        .setFirstResult(Math.max(0, page - 1) * size)
        .setMaxResults(size)
        .getResultList();
  }

  /** The account with this email, if any. */
  public Optional<Account> accountByEmail(String email) {
    return findByEmail(Account.normalize(email));
  }

  /** The accounts with these ids (one query), for lists that show names. */
  public List<Account> accounts(java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select a from Account a where a.id in :ids", Account.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /** Adds a role to an account (audited), leaving its other roles. */
  @Transactional
  public void grantRole(Caller actor, UUID id, Role role) {
    Account account = account(id).orElseThrow(() -> Refusal.notFound("There is no such account."));
    if (!account.getRoles().contains(role)) {
      Set<Role> roles = new java.util.HashSet<>(account.getRoles());
      roles.add(role);
      assignRoles(actor, id, roles);
    }
  }

  private Optional<Account> findByEmail(String normalized) {
    return em.createNamedQuery(Account.BY_EMAIL, Account.class)
        .setParameter("email", normalized)
        .getResultStream()
        .findFirst();
  }
}
