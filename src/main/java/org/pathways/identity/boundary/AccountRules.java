package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.pathways.identity.entity.AccessRule;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;

/** An account is read and changed by its owner; administrators read any and assign roles. */
@ApplicationScoped
public class AccountRules implements AccessRule<Account> {

  @Inject Authorization authorization;

  @Override
  public Class<Account> recordType() {
    return Account.class;
  }

  @Override
  public boolean permits(Caller caller, Permission permission, Account account) {
    if (permission.equals(Permission.ROLES_ASSIGN)) {
      return authorization.administers(caller);
    }
    if (permission.equals(Permission.ACCOUNT_READ)) {
      return caller.is(account.getId()) || authorization.administers(caller);
    }
    if (permission.equals(Permission.ACCOUNT_UPDATE)) {
      return caller.is(account.getId());
    }
    return false;
  }
}
