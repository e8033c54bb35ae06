package org.pathways.xapi.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;
import org.pathways.xapi.entity.XapiStanding;

/**
 * admin/xapi.xhtml, "Learning record store": whether xAPI is on, the statements waiting and the
 * last error, and "Send now" (administrators only), through the same facade as the API.
 */
@Named
@RequestScoped
public class XapiAdminPage {

  @Inject XapiSweep sweep;
  @Inject XapiSettings settings;
  @Inject Authorization authorization;
  @Inject CurrentCaller current;

  private XapiStanding standing;

  /** The view action, also on a postback: 403 for anyone but administrators. */
  public void load() {
    Pages.forbiddenUnless(authorization.administers(current.get()));
  }

  public String send() {
    if (Pages.answered()) {
      return null;
    }
    try {
      Pages.info("xapi.admin.sent", sweep.sweepNow(current.get()));
      Pages.redirect(XapiLinks.admin());
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public XapiStanding getStanding() {
    if (standing == null) {
      standing = sweep.standing(current.get());
    }
    return standing;
  }

  /** The LRS's address (never its credentials), or empty while off. */
  public String getEndpoint() {
    return settings.configured() ? settings.endpoint() : "";
  }
}
