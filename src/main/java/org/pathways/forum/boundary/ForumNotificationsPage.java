package org.pathways.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Optional;
import org.pathways.forum.entity.EmailChoice;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;

/** forum/notifications.xhtml: the notifications of followed threads, and the choice of mail. */
@Named
@RequestScoped
public class ForumNotificationsPage {

  @Inject ForumNotices notices;
  @Inject ForumSettings settings;
  @Inject CurrentCaller current;

  private String email;

  public List<ForumNotices.Notice> getNotices() {
    return notices.notices(current.get(), false);
  }

  public String getEmail() {
    return settings.choice(current.get()).name();
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String saveSettings() {
    Optional<EmailChoice> choice = EmailChoice.parse(email);
    if (choice.isEmpty()) {
      Pages.error(null, "forum.settings.choose");
      return null;
    }
    settings.choose(current.get(), choice.get());
    Pages.info("forum.settings.saved");
    Pages.redirect("/forum/notifications.xhtml");
    return null;
  }

  public String markNoticesRead() {
    notices.markAllRead(current.get());
    Pages.redirect("/forum/notifications.xhtml");
    return null;
  }
}
