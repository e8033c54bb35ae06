package org.pathways.identity.entity;

import java.util.UUID;

/**
 * A feature's part of a person's data export ({@code GET /api/me/export}): CDI beans implementing
 * it are asked in turn, each adding one section. Deletion is by foreign keys to the account.
 */
public interface PersonalData {

  /** The name of this feature's section in the export. */
  String section();

  /** This feature's records about the account, as JSON-ready maps and lists. */
  Object export(UUID account);
}
