package org.pathways.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * The limits as settings give them: {@code pathways.limits.<name>} (environment {@code
 * PATHWAYS_LIMITS_<NAME>}), such as {@code 10/15m}. A value that cannot be read is logged and the
 * default applies, so that a typo never turns a limit off.
 */
@ApplicationScoped
public class Limits {

  private static final Logger LOG = Logger.getLogger(Limits.class.getName());

  @Inject Config config;

  private final Map<String, Limit> read = new ConcurrentHashMap<>();

  /** The limits as their defaults give them, without settings: for tests of the rules. */
  public static Limits defaults() {
    return new Limits();
  }

  /** The limit of this name, from its setting or else the default (as written in settings). */
  public Limit named(String name, String defaultValue) {
    return read.computeIfAbsent(name, n -> fromSettings(n, defaultValue));
  }

  private Limit fromSettings(String name, String defaultValue) {
    String setting = "pathways.limits." + name;
    String value =
        config == null
            ? defaultValue
            : config.getOptionalValue(setting, String.class).orElse(defaultValue);
    try {
      return Limit.parse(name, value);
    } catch (IllegalArgumentException unreadable) {
      LOG.warning(
          () ->
              unreadable.getMessage()
                  + " The setting "
                  + setting
                  + " is not used; the default "
                  + defaultValue
                  + " applies.");
      return Limit.parse(name, defaultValue);
    }
  }
}
