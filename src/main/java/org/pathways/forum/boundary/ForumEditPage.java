package org.pathways.forum.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.pathways.forum.entity.ForumPost;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * forum/edit.xhtml?post=: the post the caller may edit, its text in the editor (unless the form
 * brought one); 404 for anyone else, so the editor never shows a deleted or hidden post's text.
 */
@Named
@RequestScoped
public class ForumEditPage {

  @Inject ForumAccess access;
  @Inject Posting posting;
  @Inject Spaces spaces;
  @Inject CurrentCaller current;

  private ForumPost editable;
  private String body;
  private Boolean archived;

  public ForumPost getEditable() {
    if (editable == null) {
      try {
        editable = access.editablePost(current.get(), Pages.id("post"));
        if (body == null) {
          body = editable.getBody();
        }
      } catch (Refusal refusal) {
        Pages.sendError(refusal);
      }
    }
    return editable;
  }

  /**
   * Whether the post's space is archived (a closed cohort's): the page says so and offers no form,
   * as the edit would be refused (two queries, once).
   */
  public boolean isArchived() {
    if (archived == null) {
      ForumPost post = getEditable();
      archived =
          post != null
              && spaces
                  .readable(
                      current.get(),
                      access.readableThread(current.get(), post.getThreadId()).getSpaceKey())
                  .archived();
    }
    return archived;
  }

  public String edit() {
    try {
      ForumPost edited = posting.edit(current.get(), Pages.id("post"), body);
      Pages.info("forum.post.edited");
      Pages.redirect(ForumLinks.threadPath(edited.getThreadId(), 0));
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
    }
    return null;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }
}
