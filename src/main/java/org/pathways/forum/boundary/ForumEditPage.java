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
  @Inject CurrentCaller current;

  private ForumPost editable;
  private String body;

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
