package org.pathways.platform.local;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.pathways.platform.control.ClusterSettings;
import org.pathways.platform.local.LocalPlatform.Database;
import org.pathways.platform.local.LocalPlatform.Member;
import org.pathways.platform.local.LocalPlatform.SettingException;

/**
 * What {@code mvn -Pcluster} starts (issue #23): the embedded PostgreSQL (or {@code
 * PATHWAYS_DB_URL}), two Payara Micro instances of the same WAR on {@code PORT+1} and {@code
 * PORT+2} that form one data grid on 127.0.0.1 (TCP/IP discovery of both, grid ports {@code
 * PATHWAYS_CLUSTER_PORT} and the next one, a generated password unless {@code
 * PATHWAYS_CLUSTER_PASSWORD} is set), and HAProxy on {@code PORT} with {@code deploy/haproxy.cfg}.
 * Each one's output goes to a log file in {@code PATHWAYS_DATA_DIR/logs}.
 *
 * <p>Run from the command line, it starts a member that stopped again after a few seconds, as an
 * orchestrator would; the tests' {@link TestCluster} uses it without that, to kill and restart
 * members itself.
 */
public final class LocalCluster implements AutoCloseable {

  /** How many members: the haproxy.cfg lists two servers. */
  public static final int MEMBERS = 2;

  private final Map<String, String> env;
  private final LocalPlatform platform;
  private final Process[] members = new Process[MEMBERS];
  private final Member[] plans = new Member[MEMBERS];
  private Process proxy;
  private volatile boolean closing;
  private int port;
  private Path logs;

  LocalCluster(Map<String, String> env, Path war, Path microJar, Path projectDir) {
    this.env = env;
    this.platform = new LocalPlatform(env, war, microJar, projectDir);
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      LocalPlatform.fail(
          "Usage: LocalCluster PATHWAYS_WAR PAYARA_MICRO_JAR PROJECT_DIR (mvn -Pcluster passes"
              + " them).");
    }
    LocalCluster cluster =
        new LocalCluster(System.getenv(), Path.of(args[0]), Path.of(args[1]), Path.of(args[2]));
    Runtime.getRuntime().addShutdownHook(new Thread(cluster::close, "pathways-cluster-stop"));
    try {
      cluster.start();
    } catch (SettingException e) {
      cluster.close();
      LocalPlatform.fail(e.getMessage());
    }
    System.exit(cluster.serve());
  }

  /**
   * Starts the database, both members and the proxy, without waiting for them to answer. A wrong
   * setting is refused before anything starts.
   */
  public void start() throws SettingException, IOException {
    port = platform.port();
    if (port > 65533) {
      throw new SettingException(
          "PORT must leave room for the two members on PORT+1 and PORT+2: choose at most 65533.");
    }
    for (int i = 0; i < MEMBERS; i++) {
      LocalPlatform.free(port + i, i == 0 ? "PORT" : "PORT+" + i);
    }
    LocalPlatform.free(port + MEMBERS, "PORT+" + MEMBERS);
    Path haproxy = haproxy();
    String publicUrl = platform.publicUrl(port);
    List<Map<String, String>> grid = gridSettings();
    logs = platform.dataDirectory().resolve("logs");
    Files.createDirectories(logs);
    Database database = platform.database();
    LocalPlatform.say(
        "Grid: "
            + ClusterSettings.from(grid.get(0)).describe()
            + (env.containsKey(ClusterSettings.PASSWORD)
                ? ""
                : " (password generated for this run)"));
    for (int i = 0; i < MEMBERS; i++) {
      Map<String, String> environment = new HashMap<>(env);
      environment.putAll(grid.get(i));
      environment.putIfAbsent("PATHWAYS_PROXY_TRUSTED", "true");
      environment.putIfAbsent("PATHWAYS_PROXY_HOPS", "1");
      plans[i] =
          new Member(
              "member " + (i + 1),
              memberPort(i + 1),
              database,
              publicUrl,
              ClusterSettings.from(environment),
              // Both members on one machine: without this, Payara keeps no backup of the grid's
              // data on the other member (backups go to another host), and a killed member's
              // sessions would be lost.
              List.of("--nohostaware", "--name", "member-" + (i + 1)),
              environment,
              log(i + 1));
      members[i] = platform.startPayara(plans[i]);
      LocalPlatform.say(
          "  member " + (i + 1) + ": pid " + members[i].pid() + ", log " + log(i + 1));
    }
    proxy = startProxy(haproxy);
  }

  /** The proxy's address, where people go. */
  public URI proxy() {
    return URI.create("http://localhost:" + port + "/");
  }

  /** A member's own address (1 or 2), bypassing the proxy. */
  public URI member(int member) {
    return URI.create("http://localhost:" + memberPort(member) + "/");
  }

  /** The name the proxy gives a member (its cookie value and X-Pathways-Member). */
  public static String proxyName(int member) {
    return "m" + member;
  }

  /** A member's Payara Micro process as it runs now. */
  public Process process(int member) {
    return members[member - 1];
  }

  /** Kills a member's JVM at once (SIGKILL), as a crash or an out-of-memory kill would. */
  public void kill9(int member) throws InterruptedException {
    Process process = members[member - 1];
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Starts a member again, with the settings it had; its log goes on in the same file. */
  public void restart(int member) throws IOException {
    if (members[member - 1].isAlive()) {
      throw new IllegalStateException("member " + member + " is still running");
    }
    Files.writeString(
        log(member),
        "\n[pathways] ---- member " + member + " started again ----\n",
        java.nio.file.StandardOpenOption.APPEND);
    members[member - 1] = platform.startPayara(plans[member - 1]);
  }

  /** A member's log file (1 or 2). */
  public Path log(int member) {
    return logs.resolve("member-" + member + ".log");
  }

  /** The proxy's log: one line per request, naming the member that answered. */
  public Path proxyLog() {
    return logs.resolve("haproxy.log");
  }

  /** Says when the proxy serves, restarts members that stop, until Ctrl+C. */
  private int serve() throws InterruptedException {
    if (!LocalPlatform.announceWhenUp(proxy, port, "Ctrl+C")) {
      LocalPlatform.say("HAProxy stopped; its log: " + proxyLog());
      return 1;
    }
    for (int i = 1; i <= MEMBERS; i++) {
      LocalPlatform.say(
          "Member " + i + ": " + member(i) + " (pid " + process(i).pid() + ", log " + log(i) + ")");
    }
    LocalPlatform.say("HAProxy's log (one line per request, naming the member): " + proxyLog());
    long[] stoppedAt = new long[MEMBERS];
    while (proxy.isAlive() && !closing) {
      for (int i = 1; i <= MEMBERS && !closing; i++) {
        Process member = process(i);
        if (member.isAlive()) {
          continue;
        }
        if (stoppedAt[i - 1] == 0) {
          stoppedAt[i - 1] = System.nanoTime();
          LocalPlatform.say(
              "Member "
                  + i
                  + " stopped (exit "
                  + member.exitValue()
                  + "): the proxy sends everyone to the other member. Starting it again in 10 s.");
        } else if (System.nanoTime() - stoppedAt[i - 1] > TimeUnit.SECONDS.toNanos(10)) {
          stoppedAt[i - 1] = 0;
          try {
            restart(i);
            LocalPlatform.say("Member " + i + " started again: pid " + process(i).pid());
          } catch (IOException e) {
            LocalPlatform.say("Member " + i + " could not start again: " + e.getMessage());
          }
        }
      }
      TimeUnit.SECONDS.sleep(1);
    }
    LocalPlatform.say("HAProxy stopped; its log: " + proxyLog());
    return 1;
  }

  /**
   * Each member's grid settings: TCP/IP discovery of both on 127.0.0.1, grid ports {@code
   * PATHWAYS_CLUSTER_PORT} (6900) and the next, the name and password given or generated.
   */
  private List<Map<String, String>> gridSettings() throws SettingException {
    String first = env.getOrDefault(ClusterSettings.PORT, "").strip();
    int gridPort;
    try {
      gridPort = first.isEmpty() ? ClusterSettings.DEFAULT_PORT : Integer.parseInt(first);
    } catch (NumberFormatException e) {
      throw new SettingException(
          ClusterSettings.PORT + " must be a port number from 1 to 65534, not \"" + first + "\".");
    }
    List<String> addresses = new ArrayList<>();
    for (int i = 0; i < MEMBERS; i++) {
      LocalPlatform.free(gridPort + i, ClusterSettings.PORT + (i == 0 ? "" : "+" + i));
      addresses.add("127.0.0.1:" + (gridPort + i));
    }
    String password =
        env.getOrDefault(ClusterSettings.PASSWORD, "").isEmpty()
            ? generatedPassword()
            : env.get(ClusterSettings.PASSWORD);
    List<Map<String, String>> each = new ArrayList<>();
    for (int i = 0; i < MEMBERS; i++) {
      Map<String, String> settings = new HashMap<>();
      settings.put(ClusterSettings.DISCOVERY, "tcpip:" + String.join(",", addresses));
      settings.put(
          ClusterSettings.NAME,
          env.getOrDefault(ClusterSettings.NAME, ClusterSettings.DEFAULT_NAME));
      settings.put(ClusterSettings.PASSWORD, password);
      settings.put(ClusterSettings.PORT, String.valueOf(gridPort + i));
      settings.put(ClusterSettings.INTERFACES, "127.0.0.1");
      LocalPlatform.cluster(settings);
      each.add(settings);
    }
    return each;
  }

  private static String generatedPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private int memberPort(int member) {
    return port + member;
  }

  private Path haproxy() throws SettingException {
    for (String folder : List.of("/usr/sbin", "/usr/local/sbin", "/usr/bin", "/usr/local/bin")) {
      Path candidate = Path.of(folder, "haproxy");
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new SettingException(
        "HAProxy is not installed, and mvn -Pcluster needs it in front of the members: install"
            + " it (on Debian or Ubuntu: sudo apt-get install haproxy), or use mvn -Prun for one"
            + " instance.");
  }

  private Process startProxy(Path haproxy) throws IOException {
    Path config = platform.projectDir().resolve("deploy/haproxy.cfg");
    ProcessBuilder builder =
        new ProcessBuilder(haproxy.toString(), "-W", "-db", "-f", config.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(proxyLog().toFile()));
    builder.environment().put("PATHWAYS_PROXY_BIND", ":" + port);
    for (int i = 1; i <= MEMBERS; i++) {
      builder.environment().put("PATHWAYS_MEMBER_" + i, "127.0.0.1:" + memberPort(i));
    }
    LocalPlatform.say("Starting HAProxy on port " + port + " with " + config + " ...");
    return builder.start();
  }

  /** Stops the proxy, the members and the database. */
  @Override
  public void close() {
    closing = true; // no member is started again from now on
    LocalPlatform.stop(proxy, Duration.ofSeconds(10));
    for (Process member : members) {
      if (member != null) {
        member.destroy();
      }
    }
    for (Process member : members) {
      LocalPlatform.stop(member, Duration.ofSeconds(30));
    }
    platform.stopDatabase();
  }
}
