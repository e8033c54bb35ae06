package org.pathways.platform.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How an instance joins the data grid (issue #23), from the environment, as Payara Micro start
 * options. {@code PATHWAYS_CLUSTER_DISCOVERY} unset: no grid at all ({@code --nohazelcast}), one
 * instance as before. Set: its value is Payara Micro's {@code --clustermode} ({@code tcpip:} member
 * list or {@code dns:} name; multicast is refused because it sends packets off the machine).
 *
 * <p>Hazelcast 5 open source has no member password, so the password goes into the grid's name:
 * {@code <name>-<first 16 hex of SHA-256(name + ":" + password)>}. A member with another name is
 * refused at join. That keeps other environments and strangers who guess the name out; it encrypts
 * nothing, so the grid port must stay on a private network. {@code deploy/start.sh} (the container
 * image's entrypoint) computes the same options; a test compares them.
 */
public final class ClusterSettings {

  public static final String DISCOVERY = "PATHWAYS_CLUSTER_DISCOVERY";
  public static final String NAME = "PATHWAYS_CLUSTER_NAME";
  public static final String PASSWORD = "PATHWAYS_CLUSTER_PASSWORD";
  public static final String INTERFACES = "PATHWAYS_CLUSTER_INTERFACES";
  public static final String PORT = "PATHWAYS_CLUSTER_PORT";
  public static final String PUBLIC_ADDRESS = "PATHWAYS_CLUSTER_PUBLIC_ADDRESS";

  public static final String DEFAULT_NAME = "pathways";
  public static final int DEFAULT_PORT = 6900;
  public static final int MIN_PASSWORD_LENGTH = 16;

  /**
   * A dead member is noticed after 15 s without its heartbeat (sent every 2 s), not Hazelcast's
   * default 60 s; after a split, each side looks for the other every 10 s (from 10 s after start)
   * and they merge once they meet, not after Hazelcast's default 5 minutes, then 2.
   */
  public static final List<String> GRID_OPTIONS =
      List.of(
          "-Dhazelcast.max.no.heartbeat.seconds=15",
          "-Dhazelcast.heartbeat.interval.seconds=2",
          "-Dhazelcast.merge.first.run.delay.seconds=10",
          "-Dhazelcast.merge.next.run.delay.seconds=10");

  private static final Pattern CLUSTER_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,62}");
  private static final Pattern MEMBER_LIST = Pattern.compile("[^\\s]+");
  private static final Pattern HOST_PORT = Pattern.compile("[A-Za-z0-9.\\-\\[\\]:]+");

  private final Optional<String> discovery;
  private final String name;
  private final Optional<String> password;
  private final Optional<String> interfaces;
  private final String port;
  private final Optional<String> publicAddress;

  private ClusterSettings(Map<String, String> env) {
    this.discovery = value(env, DISCOVERY);
    this.name = value(env, NAME).orElse(DEFAULT_NAME);
    this.password = Optional.ofNullable(env.get(PASSWORD)).filter(p -> !p.isEmpty());
    this.interfaces = value(env, INTERFACES);
    this.port = value(env, PORT).orElse(String.valueOf(DEFAULT_PORT));
    this.publicAddress = value(env, PUBLIC_ADDRESS);
  }

  /** The settings in this environment (such as {@code System.getenv()}). */
  public static ClusterSettings from(Map<String, String> env) {
    return new ClusterSettings(env);
  }

  /** Whether the instance joins a grid (a discovery is set). */
  public boolean on() {
    return discovery.isPresent();
  }

  /**
   * One sentence naming the setting that cannot be used and what to do, or empty when they can be
   * used. Never repeats the password.
   */
  public Optional<String> problem() {
    if (discovery.isEmpty()) {
      return Optional.empty();
    }
    String mode = discovery.get();
    if (mode.startsWith("multicast")) {
      return Optional.of(
          DISCOVERY
              + " cannot be multicast: it sends the grid's packets to the whole network. List the"
              + " members instead (tcpip:HOST1:PORT,HOST2:PORT) or name them in DNS"
              + " (dns:NAME:PORT).");
    }
    boolean tcpip = mode.startsWith("tcpip:");
    boolean dns = mode.startsWith("dns:");
    String members = tcpip ? mode.substring(6) : dns ? mode.substring(4) : "";
    if ((!tcpip && !dns) || !MEMBER_LIST.matcher(members).matches()) {
      return Optional.of(
          DISCOVERY
              + " must be tcpip:HOST1:PORT,HOST2:PORT (the members' addresses) or dns:NAME:PORT (a"
              + " name that resolves to every member), not \""
              + mode
              + "\"; leave it unset to run a single instance.");
    }
    if (!CLUSTER_NAME.matcher(name).matches()) {
      return Optional.of(
          NAME
              + " must be 1 to 63 letters, digits, dots, dashes or underscores, starting with a"
              + " letter or digit, not \""
              + name
              + "\".");
    }
    if (password.isEmpty()) {
      return Optional.of(
          PASSWORD
              + " is required when "
              + DISCOVERY
              + " is set: give every member the same secret of at least "
              + MIN_PASSWORD_LENGTH
              + " characters (for example from openssl rand -base64 24).");
    }
    if (password.get().length() < MIN_PASSWORD_LENGTH) {
      return Optional.of(
          PASSWORD
              + " is too short: use at least "
              + MIN_PASSWORD_LENGTH
              + " characters, the same on every member (for example from openssl rand -base64"
              + " 24).");
    }
    if (!port.matches("\\d{1,5}") || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
      return Optional.of(
          PORT
              + " must be a port number from 1 to 65535 (the grid's first port, "
              + DEFAULT_PORT
              + " by default), not \""
              + port
              + "\".");
    }
    if (interfaces.isPresent() && !MEMBER_LIST.matcher(interfaces.get()).matches()) {
      return Optional.of(
          INTERFACES
              + " must be addresses without spaces, separated by commas, such as"
              + " 10.0.1.*,127.0.0.1, not \""
              + interfaces.get()
              + "\".");
    }
    if (publicAddress.isPresent() && !HOST_PORT.matcher(publicAddress.get()).matches()) {
      return Optional.of(
          PUBLIC_ADDRESS
              + " must be the address other members reach this one at, HOST or HOST:PORT, not \""
              + publicAddress.get()
              + "\".");
    }
    return Optional.empty();
  }

  /**
   * The grid's name as Payara Micro is given it: the cluster name and the first 16 hex digits of
   * SHA-256 of {@code name + ":" + password}. Empty when no grid runs.
   */
  public Optional<String> gridName() {
    if (!on() || password.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(gridName(name, password.get()));
  }

  static String gridName(String name, String password) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest((name + ":" + password).getBytes(StandardCharsets.UTF_8));
      return name + "-" + HexFormat.of().formatHex(digest).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /**
   * A grid's name as it may be shown (readiness, which anyone may read): without the part that
   * comes from the password, which would let whoever reads it join a grid they can reach.
   */
  public static String shownName(String gridName) {
    return gridName == null ? "" : gridName.replaceFirst("-[0-9a-f]{16}$", "");
  }

  /**
   * Payara Micro's start options for the grid; only meaningful when {@link #problem()} is empty.
   */
  public List<String> payaraOptions() {
    if (!on()) {
      return List.of("--nohazelcast");
    }
    List<String> options = new ArrayList<>();
    options.addAll(List.of("--clustermode", discovery.get()));
    options.addAll(List.of("--clustername", gridName().orElseThrow()));
    options.addAll(List.of("--startport", port));
    interfaces.ifPresent(value -> options.addAll(List.of("--interfaces", value)));
    publicAddress.ifPresent(value -> options.addAll(List.of("--hzpublicaddress", value)));
    return List.copyOf(options);
  }

  /** The JVM options the grid needs (heartbeats, merging after a split), none without a grid. */
  public List<String> jvmOptions() {
    return on() ? GRID_OPTIONS : List.of();
  }

  /** What the settings say, for the log: discovery and name, never the password. */
  public String describe() {
    if (!on()) {
      return "no data grid (" + DISCOVERY + " unset): a single instance";
    }
    return "data grid \"" + name + "\", discovery " + discovery.get() + ", grid port " + port;
  }

  @Override
  public String toString() {
    return describe();
  }

  private static Optional<String> value(Map<String, String> env, String key) {
    return Optional.ofNullable(env.get(key)).map(String::strip).filter(v -> !v.isEmpty());
  }
}
