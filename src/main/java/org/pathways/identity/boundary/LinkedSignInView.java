package org.pathways.identity.boundary;

/** One sign-in with another account as the profile lists it. */
public final class LinkedSignInView {

  private final String id;
  private final String label;
  private final String removeLabel;
  private final boolean removable;

  LinkedSignInView(String id, String label, String removeLabel, boolean removable) {
    this.id = id;
    this.label = label;
    this.removeLabel = removeLabel;
    this.removable = removable;
  }

  public String getId() {
    return id;
  }

  public String getLabel() {
    return label;
  }

  /** The remove button's accessible name, naming the provider. */
  public String getRemoveLabel() {
    return removeLabel;
  }

  public boolean isRemovable() {
    return removable;
  }
}
