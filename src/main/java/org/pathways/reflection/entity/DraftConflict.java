package org.pathways.reflection.entity;

import java.time.Instant;
import org.pathways.platform.entity.Message;

/**
 * A save from a stale revision: the text that is on the server, which the save would lose, and what
 * to tell the writer ({@link #title()}, {@link #detail()}).
 */
public class DraftConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final Message TITLE = Message.of("reflection.draft.conflict.title");
  private static final Message DETAIL = Message.of("reflection.draft.conflict.detail");

  private final transient ReflectionDraft current;

  public DraftConflict(ReflectionDraft current) {
    super(DETAIL.key());
    this.current = current;
  }

  public Message title() {
    return TITLE;
  }

  public Message detail() {
    return DETAIL;
  }

  public String text() {
    return current.getText();
  }

  public int revision() {
    return current.getRevision();
  }

  public Instant savedAt() {
    return current.getSavedAt();
  }
}
