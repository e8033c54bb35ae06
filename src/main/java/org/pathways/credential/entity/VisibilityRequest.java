package org.pathways.credential.entity;

import jakarta.json.bind.annotation.JsonbProperty;

/** The holder shows a credential to everyone or to themselves only: {@code {public: bool}}. */
public class VisibilityRequest {

  @JsonbProperty("public")
  public Boolean toEveryone;
}
