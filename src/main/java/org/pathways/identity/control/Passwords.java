package org.pathways.identity.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Refusal;

/**
 * Password rules and hashing: PBKDF2-HMAC-SHA-256 through Jakarta Security, at the configured
 * iteration count (600,000 by default); at least 8 characters; none of the 10,000 most common
 * passwords. A hash made with older parameters is upgraded at the next sign-in.
 *
 * <p>Every hash and check runs on a few threads of its own ({@link HashGate}: half the cores by
 * default, a short queue, about 2 s to start), so that a crowd signing in cannot take the cores
 * from teachers already signed in; one that cannot start in time is refused with {@link
 * Refusal.Kind#BUSY} (503 and Retry-After) and nothing is done.
 */
@ApplicationScoped
public class Passwords {

  public static final String ALGORITHM = "PBKDF2WithHmacSHA256";
  public static final int MIN_LENGTH = 8;
  public static final int MAX_LENGTH = 512;

  @Inject Pbkdf2PasswordHash hash;

  @Inject
  @ConfigProperty(name = "pathways.password.iterations", defaultValue = "600000")
  int iterations;

  @Inject
  @ConfigProperty(name = "pathways.passwords.threads")
  Optional<Integer> threads;

  @Inject
  @ConfigProperty(name = "pathways.passwords.queue")
  Optional<Integer> queue;

  @Inject
  @ConfigProperty(name = "pathways.passwords.wait-ms", defaultValue = "2000")
  long waitMillis;

  /**
   * Hashes that may wait for a thread: what one thread hashes in about the 2 s wait, and few enough
   * that the sign-ins waiting (each holding a database connection) leave the pool to everyone else.
   */
  static final int DEFAULT_QUEUE = 8;

  private HashGate gate;
  private Set<String> common;
  private String decoy;

  /** The fewest iterations the platform's PBKDF2 accepts (and far below a safe number). */
  static final int MIN_ITERATIONS = 1024;

  @PostConstruct
  void configure() {
    if (iterations < MIN_ITERATIONS) {
      java.util.logging.Logger.getLogger(Passwords.class.getName())
          .warning(
              () ->
                  "PATHWAYS_PASSWORD_ITERATIONS="
                      + iterations
                      + " is below the least PBKDF2 accepts; using "
                      + MIN_ITERATIONS
                      + ". Use at least 600000 outside benchmarks.");
      iterations = MIN_ITERATIONS;
    }
    hash.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            String.valueOf(iterations),
            "Pbkdf2PasswordHash.SaltSizeBytes",
            "32",
            "Pbkdf2PasswordHash.KeySizeBytes",
            "32"));
    common = loadCommonPasswords();
    decoy = hash.generate("a decoy that no one has as a password".toCharArray());
    int hashing = Math.max(1, threads.orElse(Runtime.getRuntime().availableProcessors() / 2));
    gate =
        new HashGate(
            hashing,
            Math.max(0, queue.orElse(DEFAULT_QUEUE)),
            Duration.ofMillis(Math.max(0, waitMillis)));
  }

  @PreDestroy
  void stop() {
    gate.close();
  }

  /** What is wrong with a new password; its sentence is in the bundle under {@link #key()}. */
  public enum Problem {
    TOO_SHORT,
    TOO_LONG,
    COMMON;

    public String key() {
      return "identity.password." + name().toLowerCase(Locale.ROOT);
    }

    /** In plain English words, for the API and the log; pages take theirs by {@link #key()}. */
    public String words() {
      return Texts.english(key());
    }

    /** The 400 refusal of this password, about {@code field}. */
    public Refusal refusal(String field) {
      return Refusal.invalid(field, key());
    }
  }

  /** What is wrong with a new password, or empty when it may be used. */
  public Optional<Problem> problem(String password) {
    if (password == null || password.length() < MIN_LENGTH) {
      return Optional.of(Problem.TOO_SHORT);
    }
    if (password.length() > MAX_LENGTH) {
      return Optional.of(Problem.TOO_LONG);
    }
    if (common.contains(password.toLowerCase(Locale.ROOT))) {
      return Optional.of(Problem.COMMON);
    }
    return Optional.empty();
  }

  /** The hash to store; a {@link Refusal.Kind#BUSY} refusal when hashing is saturated. */
  public String hash(String password) {
    return gated(() -> hash.generate(password.toCharArray()));
  }

  /** Whether the password is this stored hash's; refused as {@link #hash} is. */
  public boolean matches(String password, String stored) {
    return password != null && gated(() -> hash.verify(password.toCharArray(), stored));
  }

  /**
   * Spends the same time as checking a real password, so that unknown emails cannot be told apart
   * (and waits for a hashing thread the same way).
   */
  public void checkAgainstDecoy(String password) {
    gated(() -> hash.verify((password == null ? "" : password).toCharArray(), decoy));
  }

  private <T> T gated(Supplier<T> work) {
    try {
      return gate.run(work);
    } catch (HashGate.Busy busy) {
      throw Refusal.of(Refusal.Kind.BUSY, "identity.password.busy").retryAfter(busy.retryAfter());
    }
  }

  /** Whether a stored hash was made with other parameters than today's. */
  public boolean outdated(String stored) {
    String[] parts = stored.split(":");
    return parts.length != 4
        || !parts[0].equals(ALGORITHM)
        || !parts[1].equals(String.valueOf(iterations));
  }

  private static Set<String> loadCommonPasswords() {
    Set<String> passwords = new HashSet<>(16384);
    try (InputStream in =
            Passwords.class.getResourceAsStream("/org/pathways/identity/common-passwords.txt");
        BufferedReader lines =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (!line.isBlank()) {
          passwords.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("The list of common passwords cannot be read", e);
    }
    return passwords;
  }
}
