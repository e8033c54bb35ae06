package org.pathways.district.entity;

import java.util.ArrayList;
import java.util.List;

/**
 * A district's sign-in rule: {@code {domains: [...], provider}}; teachers whose email is in one of
 * the domains sign in through the provider (a configured OpenID Connect provider's name). No
 * domains: no rule.
 */
public class SignInRuleRequest {

  public List<String> domains = new ArrayList<>();
  public String provider;
}
