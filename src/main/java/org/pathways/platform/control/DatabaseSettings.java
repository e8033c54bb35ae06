package org.pathways.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.postgresql.Driver;

/**
 * The database settings as an operator gives them ({@code PATHWAYS_DB_URL}, {@code
 * PATHWAYS_DB_USER}, {@code PATHWAYS_DB_PASSWORD}), checked once and described without secrets.
 */
@ApplicationScoped
public class DatabaseSettings {

  private static final Pattern SECRET_PARAMETER =
      Pattern.compile("(?i)(password|sslpassword|sslkey)=[^&]*");

  private String url;
  private String user;

  DatabaseSettings() {
    // for CDI
  }

  @Inject
  DatabaseSettings(
      @ConfigProperty(name = "pathways.db.url") String url,
      @ConfigProperty(name = "pathways.db.user") String user) {
    this.url = url;
    this.user = user;
  }

  public static DatabaseSettings of(String url, String user) {
    return new DatabaseSettings(url, user);
  }

  /**
   * A plain-words description of what is wrong with the settings, naming the setting, or empty when
   * they can be used.
   */
  public Optional<String> problem() {
    if (url == null || url.isBlank()) {
      return Optional.of(
          "PATHWAYS_DB_URL (pathways.db.url) is empty. Set it to a PostgreSQL JDBC URL such as"
              + " jdbc:postgresql://localhost:5432/pathways.");
    }
    Properties parsed = url.startsWith("jdbc:postgresql:") ? Driver.parseURL(url, null) : null;
    if (parsed == null) {
      return Optional.of(
          "PATHWAYS_DB_URL (pathways.db.url) is not a PostgreSQL JDBC URL: \""
              + describeUrl()
              + "\". Expected the form jdbc:postgresql://HOST:PORT/DATABASE.");
    }
    return Optional.empty();
  }

  /** The URL with any password parameter masked, safe for logs and health output. */
  public String describeUrl() {
    return url == null ? "" : SECRET_PARAMETER.matcher(url).replaceAll("$1=***");
  }

  /** Where the platform connects and as whom, for logs and health output. */
  public String describe() {
    return describeUrl() + " as user " + user;
  }
}
