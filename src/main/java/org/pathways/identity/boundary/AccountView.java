package org.pathways.identity.boundary;

import java.util.List;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Role;
import org.pathways.platform.control.TimeZones;

/** An account as the API shows it. */
public record AccountView(
    String id,
    String email,
    String name,
    List<String> roles,
    String school,
    String district,
    String state,
    String zip,
    String gradeBand,
    String language,
    String timeZone) {

  static AccountView of(Account account) {
    return new AccountView(
        account.getId().toString(),
        account.getEmail(),
        account.getName(),
        account.getRoles().stream().map(Role::name).sorted().toList(),
        account.getSchool(),
        account.getDistrict(),
        account.getState(),
        account.getZip(),
        account.getGradeBand() == null ? null : account.getGradeBand().code(),
        account.getLanguage() == null ? null : account.getLanguage().getLanguage(),
        account.getTimeZone() == null ? null : TimeZones.name(account.getTimeZone()));
  }
}
