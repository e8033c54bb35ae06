package org.pathways.district.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.pathways.district.boundary.DistrictViews.DistrictView;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.boundary.OidcSignIns;
import org.pathways.identity.boundary.SignInDomains;
import org.pathways.identity.control.InvitationPlan;
import org.pathways.identity.control.OidcProviders.Provider;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * districts/district.xhtml?id=: a district for its managers and program staff (404 for anyone
 * else); staff replace its list of managers there.
 */
@Named
@ViewScoped
public class DistrictPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject Districts districts;
  @Inject DistrictViews views;
  @Inject Authorization authorization;
  @Inject CurrentCaller current;
  @Inject SignInDomains signInDomains;
  @Inject OidcSignIns providers;

  private UUID id;
  private String emails;
  private String domains;
  private String provider;
  private transient DistrictView shown;
  private transient SignInDomains.Rule rule;

  /** The view action of the GET: the district, if the caller may see it, else 404. */
  public void load() {
    try {
      shown = views.of(districts.district(current.get(), id));
      emails =
          String.join(
              "\n", Stream.concat(shown.managers().stream(), shown.invited().stream()).toList());
      domains = String.join("\n", getSignInRule().domains());
      provider = getSignInRule().provider();
    } catch (Refusal refusal) {
      Pages.sendError(refusal);
    }
  }

  public String save() {
    try {
      districts.changeManagers(current.get(), id, InvitationPlan.split(emails));
      Pages.info("district.page.saved");
      Pages.redirect(DistrictLinks.district(id));
    } catch (Refusal refusal) {
      Pages.refused(refusal.errors().isEmpty() ? null : "managers-form:emails", refusal);
    }
    return null;
  }

  /** Saves the district's sign-in rule (administrators): its domains through its provider. */
  public String saveSignIn() {
    try {
      signInDomains.replace(
          current.get(), districts.district(current.get(), id).getId(), domains, provider);
      Pages.info("district.page.sign_in.saved");
      Pages.redirect(DistrictLinks.district(id));
    } catch (Refusal refusal) {
      Pages.refused(
          refusal.errors().isEmpty() ? null : "sign-in-form:" + refusal.errors().get(0).field(),
          refusal);
    }
    return null;
  }

  /** The rule as saved, for everyone who may see the district. */
  public SignInDomains.Rule getSignInRule() {
    if (rule == null && id != null) {
      rule = signInDomains.of(id);
    }
    return rule;
  }

  /** The rule's domains, for reading. */
  public String getSignInDomainList() {
    return getSignInRule() == null ? "" : String.join(", ", getSignInRule().domains());
  }

  /** The label of the rule's provider. */
  public String getSignInProviderLabel() {
    SignInDomains.Rule rule = getSignInRule();
    return rule == null || rule.provider() == null
        ? ""
        : providers.client(rule.provider()).map(c -> c.provider().label()).orElse(rule.provider());
  }

  /** The configured providers a rule may name (none: the section is not shown). */
  public java.util.List<Provider> getProviders() {
    return providers.providers();
  }

  public boolean isAdministrator() {
    return authorization.administers(current.get());
  }

  public String getDomains() {
    return domains;
  }

  public void setDomains(String domains) {
    this.domains = domains;
  }

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  /** The district shown (read again after a postback). */
  public DistrictView getDistrict() {
    if (shown == null && id != null) {
      shown = views.of(districts.district(current.get(), id));
    }
    return shown;
  }

  public boolean isStaff() {
    return authorization.organises(current.get());
  }

  public String getManagerList() {
    return getDistrict() == null
        ? ""
        : getDistrict().managers().stream().collect(Collectors.joining(", "));
  }

  public UUID getId() {
    return id;
  }

  public void setId(UUID id) {
    this.id = id;
  }

  public String getEmails() {
    return emails;
  }

  public void setEmails(String emails) {
    this.emails = emails;
  }
}
