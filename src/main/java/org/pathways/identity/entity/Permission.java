package org.pathways.identity.entity;

/**
 * Something a caller may or may not do to a record, named by the feature that defines it, such as
 * {@code account.read}. {@code existencePrivate}: a refusal answers 404, not 403, so that a caller
 * cannot learn that the record exists.
 */
public record Permission(String name, boolean existencePrivate) {

  public static final Permission ACCOUNT_READ = new Permission("account.read", true);
  public static final Permission ACCOUNT_UPDATE = new Permission("account.update", true);
  public static final Permission ROLES_ASSIGN = new Permission("roles.assign", false);
  public static final Permission CONTENT_ADMINISTER = new Permission("content.administer", false);
}
