package org.pathways.identity.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.pathways.identity.control.OidcClient;
import org.pathways.identity.control.OidcProviders;
import org.pathways.identity.control.OidcProviders.Provider;

/**
 * The OpenID Connect providers configured at start ({@link OidcProviders}), each with its client
 * that keeps the provider's metadata and keys. None configured: the feature is not shown and its
 * paths answer 404.
 */
@ApplicationScoped
public class OidcSignIns {

  private Map<String, OidcClient> clients = Map.of();

  @PostConstruct
  void read() {
    Config config = ConfigProvider.getConfig();
    Map<String, OidcClient> found = new LinkedHashMap<>();
    for (Provider provider :
        OidcProviders.of(
            config.getPropertyNames(), name -> config.getOptionalValue(name, String.class))) {
      found.put(provider.name(), new OidcClient(provider));
    }
    clients = Map.copyOf(found);
  }

  /** The providers, by name. */
  public List<Provider> providers() {
    return clients.values().stream()
        .map(OidcClient::provider)
        .sorted(java.util.Comparator.comparing(Provider::name))
        .toList();
  }

  public Optional<OidcClient> client(String name) {
    return Optional.ofNullable(name == null ? null : clients.get(name));
  }
}
