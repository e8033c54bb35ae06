package org.pathways.reflection.entity;

import java.time.Instant;

/** A save from a stale revision: the text that is on the server, which the save would lose. */
public class DraftConflict extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient ReflectionDraft current;

  public DraftConflict(ReflectionDraft current) {
    super(
        "This reflection was saved from another tab or device after you opened it. Both versions"
            + " are kept: compare them and choose.");
    this.current = current;
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
