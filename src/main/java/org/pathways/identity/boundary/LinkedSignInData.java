package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.pathways.identity.entity.PersonalData;
import org.pathways.platform.control.PersonalRows;

/**
 * The sign-ins with other accounts linked to a person's account, for the personal-data export;
 * deleting the account deletes them by foreign key.
 */
@ApplicationScoped
public class LinkedSignInData implements PersonalData {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Override
  public String section() {
    return "linkedSignIns";
  }

  @Override
  public Object export(UUID account) {
    return PersonalRows.rows(
        em,
        "select provider, issuer, subject, created_at from linked_sign_in where account_id = ?1"
            + " order by created_at",
        account,
        "provider",
        "issuer",
        "subject",
        "linkedAt");
  }
}
