package org.pathways.identity.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenID Connect providers that the settings name: {@code pathways.oidc.<name>.issuer}, {@code
 * .client-id}, {@code .client-secret} and {@code .label}, or the same as environment variables
 * ({@code PATHWAYS_OIDC_<NAME>_ISSUER}, {@code _CLIENT_ID}, ...). A provider counts only with an
 * issuer, a client id and a secret; its label defaults to its name. Names are lower case letters,
 * digits and {@code -} or {@code _}, since they appear in paths.
 */
public final class OidcProviders {

  private static final Pattern DOTTED =
      Pattern.compile("pathways\\.oidc\\.([a-z0-9_-]+)\\.(issuer|client-id|client-secret|label)");
  private static final Pattern ENVIRONMENT =
      Pattern.compile("PATHWAYS_OIDC_([A-Z0-9_]+?)_(ISSUER|CLIENT_ID|CLIENT_SECRET|LABEL)");

  private OidcProviders() {}

  /** One configured provider; its secret never shows in {@code toString}. */
  public record Provider(
      String name, String issuer, String clientId, String clientSecret, String label) {
    @Override
    public String toString() {
      return "Provider[" + name + ", " + issuer + ", " + clientId + ", " + label + "]";
    }
  }

  /**
   * The complete providers among these setting names, by name; {@code value} answers a dotted
   * setting's value (MicroProfile Config finds the environment variable for it) or empty.
   */
  public static List<Provider> of(
      Iterable<String> settingNames, Function<String, Optional<String>> value) {
    TreeSet<String> names = new TreeSet<>();
    for (String setting : settingNames) {
      name(setting).ifPresent(names::add);
    }
    List<Provider> providers = new ArrayList<>();
    for (String name : names) {
      String prefix = "pathways.oidc." + name + ".";
      Optional<String> issuer = present(value.apply(prefix + "issuer"));
      Optional<String> clientId = present(value.apply(prefix + "client-id"));
      Optional<String> secret = present(value.apply(prefix + "client-secret"));
      if (issuer.isPresent() && clientId.isPresent() && secret.isPresent()) {
        providers.add(
            new Provider(
                name,
                issuer.get(),
                clientId.get(),
                secret.get(),
                present(value.apply(prefix + "label")).orElse(name)));
      }
    }
    providers.sort(Comparator.comparing(Provider::name));
    return List.copyOf(providers);
  }

  /** The provider name a setting is about, in lower case, or empty when it is no such setting. */
  static Optional<String> name(String setting) {
    Matcher dotted = DOTTED.matcher(setting);
    if (dotted.matches()) {
      return Optional.of(dotted.group(1));
    }
    Matcher environment = ENVIRONMENT.matcher(setting);
    if (environment.matches()) {
      return Optional.of(environment.group(1).toLowerCase(Locale.ROOT));
    }
    return Optional.empty();
  }

  private static Optional<String> present(Optional<String> value) {
    return value.map(String::strip).filter(v -> !v.isEmpty());
  }
}
