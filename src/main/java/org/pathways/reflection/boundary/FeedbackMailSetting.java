package org.pathways.reflection.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;

/**
 * The profile page's notification setting of the reflections feature: "Mail me when a facilitator
 * gives feedback" (on by default), shaped as the forum's mail setting is.
 */
@Named
@RequestScoped
public class FeedbackMailSetting {

  @Inject FeedbackNotices notices;
  @Inject CurrentCaller current;

  private boolean mail = true;

  @PostConstruct
  void load() {
    if (current.get().signedIn()) {
      mail = notices.mailOn(current.get().id());
    }
  }

  public String save() {
    notices.chooseMail(current.get(), mail);
    Pages.info("reflection.settings.saved");
    Pages.redirect("/identity/profile.xhtml");
    return null;
  }

  public boolean isMail() {
    return mail;
  }

  public void setMail(boolean mail) {
    this.mail = mail;
  }
}
