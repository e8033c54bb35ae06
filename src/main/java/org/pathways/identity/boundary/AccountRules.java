package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import org.pathways.identity.entity.AccessRule;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;
import org.pathways.identity.entity.Role;

/** An account is read and changed by its owner; administrators read any and assign roles. */
@ApplicationScoped
public class AccountRules implements AccessRule<Account> {

  @Override
  public Class<Account> recordType() {
    return Account.class;
  }

  @Override
  public boolean permits(Caller caller, Permission permission, Account account) {
    if (permission.equals(Permission.ROLES_ASSIGN)) {
      return caller.has(Role.ADMIN);
    }
    if (permission.equals(Permission.ACCOUNT_READ)) {
      return caller.is(account.getId()) || caller.has(Role.ADMIN);
    }
    if (permission.equals(Permission.ACCOUNT_UPDATE)) {
      return caller.is(account.getId());
    }
    return false;
  }
}
