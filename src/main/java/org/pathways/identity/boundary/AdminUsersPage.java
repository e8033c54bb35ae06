package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;
import org.pathways.identity.entity.Role;
import org.pathways.platform.boundary.Pages;
import org.pathways.platform.entity.Refusal;

/**
 * admin/users.xhtml (find accounts) and admin/user.xhtml (assign roles), for administrators. Others
 * get 403.
 */
@Named
@RequestScoped
public class AdminUsersPage {

  static final int PAGE_SIZE = 25;

  @Inject Accounts people;
  @Inject AccountRoles accountRoles;
  @Inject CurrentCaller current;
  @Inject Authorization authorization;

  private String query;
  private int page = 1;
  private String id;
  private Account account;
  private List<String> roles = new ArrayList<>();
  private List<Account> accounts;

  private boolean accountRead;

  /**
   * The view action of both pages (admin/user.xhtml's also on a postback, before its action): 403
   * for anyone but an administrator, before the page is drawn.
   */
  public void load() {
    Pages.forbiddenUnless(authorization.administers(current.get()));
  }

  /**
   * The account of the request's {@code id} parameter (the link, then the form's hidden field),
   * read once, or null: the form is only rendered, and so only processed, when it exists.
   */
  public Account getAccount() {
    if (!accountRead) {
      accountRead = true;
      id = Pages.param("id");
      UUID parsed = Pages.id("id");
      account = parsed == null ? null : people.account(parsed).orElse(null);
      if (account != null && roles.isEmpty()) {
        roles = new ArrayList<>(account.getRoles().stream().map(Role::name).sorted().toList());
      }
    }
    return account;
  }

  public List<Account> getAccounts() {
    if (accounts == null) {
      accounts = people.search(query, page, PAGE_SIZE + 1);
    }
    return accounts.subList(0, Math.min(PAGE_SIZE, accounts.size()));
  }

  public boolean isHasNextPage() {
    getAccounts();
    return accounts.size() > PAGE_SIZE;
  }

  public String save() {
    if (Pages.answered()) {
      return null;
    }
    Caller caller = current.get();
    Account account = getAccount();
    if (account == null) {
      Pages.error(null, "identity.admin_user.not_found");
      return null;
    }
    authorization.require(caller, Permission.ROLES_ASSIGN, account);
    Set<Role> assigned = EnumSet.noneOf(Role.class);
    roles.forEach(role -> assigned.add(Role.valueOf(role)));
    try {
      accountRoles.assignRoles(caller, account.getId(), assigned);
    } catch (Refusal refusal) {
      Pages.refused(null, refusal);
      return null;
    }
    Pages.info("identity.admin_user.saved");
    Pages.redirect(IdentityLinks.user(account.getId()));
    return null;
  }

  public List<String> getAllRoles() {
    return Arrays.stream(Role.values()).map(Role::name).toList();
  }

  public String rolesOf(Account listed) {
    return String.join(", ", listed.getRoles().stream().map(Role::name).sorted().toList());
  }

  public String getQuery() {
    return query;
  }

  public void setQuery(String query) {
    this.query = query;
  }

  public int getPage() {
    return page;
  }

  public void setPage(int page) {
    this.page = Math.max(1, page);
  }

  public String getId() {
    getAccount();
    return id;
  }

  public List<String> getRoles() {
    return roles;
  }

  public void setRoles(List<String> roles) {
    this.roles = roles;
  }
}
