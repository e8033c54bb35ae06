package org.pathways.identity.entity;

import jakarta.validation.constraints.NotNull;

/**
 * The roles an account should have; TEACHER is always kept. A class, not a record: Payara's OpenAPI
 * reader cannot read constraints on record components.
 */
public class RoleAssignment {

  @NotNull(message = "{identity.roles.required}")
  private java.util.Set<Role> roles;

  public RoleAssignment() {
    // for JSON-B
  }

  public RoleAssignment(java.util.Set<Role> roles) {
    this.roles = roles;
  }

  public java.util.Set<Role> roles() {
    return roles;
  }

  public java.util.Set<Role> getRoles() {
    return roles;
  }

  public void setRoles(java.util.Set<Role> roles) {
    this.roles = roles;
  }
}
