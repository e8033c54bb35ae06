package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathways.identity.control.OidcProviders.Provider;
import org.pathways.identity.control.RequiredSignIn;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;
import org.pathways.identity.entity.Role;
import org.pathways.identity.entity.SignInDomain;
import org.pathways.platform.entity.Refusal;

/**
 * A district's rule that its teachers sign in through its provider ({@link RequiredSignIn}): the
 * password sign-in, sign-up and reset refuse their emails and name the provider instead, and other
 * providers do not reach their accounts. Administrators set the rule (a domain wrongly claimed
 * would lock its owners out of their passwords).
 */
@ApplicationScoped
public class SignInDomains {

  static final Permission SET = new Permission("district.sign_in.set", false);

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject OidcSignIns providers;
  @Inject Authorization authorization;
  @Inject AuditTrail audit;
  @Inject Clock clock;

  /** A district's rule: its domains and provider (empty domains: no rule). */
  public record Rule(List<String> domains, String provider) {}

  /** The provider this email's owner must sign in with, if a rule names a configured one. */
  @Transactional
  public Optional<Provider> requiredFor(String email) {
    Optional<String> domain = RequiredSignIn.domainOf(email);
    if (domain.isEmpty() || providers.providers().isEmpty()) {
      return Optional.empty();
    }
    SignInDomain rule = em.find(SignInDomain.class, domain.get());
    Set<String> configured =
        providers.providers().stream().map(Provider::name).collect(Collectors.toSet());
    return RequiredSignIn.providerFor(
            Optional.ofNullable(rule).map(SignInDomain::getProvider), configured)
        .flatMap(name -> providers.client(name))
        .map(client -> client.provider());
  }

  /**
   * Refuses a password sign-in, sign-up or reset for an email whose district requires a provider.
   */
  public void refusePasswordFor(String email) {
    requiredFor(email)
        .ifPresent(
            provider -> {
              throw Refusal.of(
                  Refusal.Kind.FORBIDDEN, "identity.sign_in.error.district", provider.label());
            });
  }

  @Transactional
  public Rule of(UUID district) {
    List<SignInDomain> domains =
        em.createNamedQuery(SignInDomain.OF_DISTRICT, SignInDomain.class)
            .setParameter("district", district)
            .getResultList();
    return new Rule(
        domains.stream().map(SignInDomain::getDomain).toList(),
        domains.isEmpty() ? null : domains.get(0).getProvider());
  }

  /**
   * Replaces a district's rule (ADMIN): these domains (as text) through this provider; no domains
   * clears it. 400 for a domain that cannot be one or is a public mail service, or a provider not
   * configured; 409 for a domain another district holds.
   */
  @Transactional
  public Rule replace(Caller caller, UUID district, String domainText, String provider) {
    authorization.requireRole(caller, SET, Role.ADMIN);
    RequiredSignIn.Domains read = RequiredSignIn.read(domainText);
    if (!read.valid()) {
      throw switch (read.problem()) {
        case PUBLIC_MAIL ->
            Refusal.invalid("domains", "identity.domains.error.public_mail", read.offending());
        case TOO_MANY ->
            Refusal.invalid(
                "domains", "identity.domains.error.too_many", RequiredSignIn.MAX_DOMAINS);
        case INVALID ->
            Refusal.invalid("domains", "identity.domains.error.invalid", read.offending());
      };
    }
    if (!read.domains().isEmpty() && providers.client(provider).isEmpty()) {
      throw Refusal.invalid("provider", "identity.domains.error.provider");
    }
    em.createNamedQuery(SignInDomain.CLEAR_DISTRICT)
        .setParameter("district", district)
        .executeUpdate();
    for (String domain : read.domains()) {
      SignInDomain held = em.find(SignInDomain.class, domain);
      if (held != null) {
        throw Refusal.of(Refusal.Kind.CONFLICT, "identity.domains.error.taken", domain);
      }
      em.persist(new SignInDomain(domain, district, provider, caller.id(), clock.instant()));
    }
    em.flush();
    audit.record(
        caller.id(),
        "district.sign_in.set",
        district.toString(),
        read.domains().isEmpty() ? "none" : String.join(",", read.domains()) + " -> " + provider,
        null);
    return of(district);
  }
}
