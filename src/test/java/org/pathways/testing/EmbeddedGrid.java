package org.pathways.testing;

import static org.awaitility.Awaitility.await;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Real Hazelcast members embedded in a test's JVM, as the platform's instances meet in Payara
 * Micro's grid: one grid of its own per fixture (a random name), joined over TCP on 127.0.0.1 only,
 * on up to ten ports from a free one, no multicast, no phoning home.
 */
public final class EmbeddedGrid implements AutoCloseable {

  private static final int PORTS = 10;

  private final String name;
  private final int firstPort;
  private final List<HazelcastInstance> started = new CopyOnWriteArrayList<>();

  private EmbeddedGrid(String name, int firstPort) {
    this.name = name;
    this.firstPort = firstPort;
  }

  /** A new grid named {@code prefix} and a random part, on ports from a free one. */
  public static EmbeddedGrid named(String prefix) {
    try (ServerSocket free = new ServerSocket(0)) {
      int port = free.getLocalPort();
      return new EmbeddedGrid(
          prefix + "-" + UUID.randomUUID(), port > 65535 - PORTS ? 40000 : port);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Starts a member of this grid; it joins the members already running. */
  public HazelcastInstance member() {
    return started(Hazelcast.newHazelcastInstance(config(name)));
  }

  /** Starts {@code count} members and waits until the first sees them all. */
  public List<HazelcastInstance> members(int count) {
    List<HazelcastInstance> members =
        IntStream.range(0, count).mapToObj(i -> member()).collect(Collectors.toList());
    await()
        .atMost(Duration.ofSeconds(60))
        .until(() -> members.get(0).getCluster().getMembers().size() == count);
    return members;
  }

  /** Starts a member that finds the others but belongs to a grid of another name. */
  public HazelcastInstance stranger(String suffix) {
    return started(Hazelcast.newHazelcastInstance(config(name + suffix)));
  }

  /** Ends every member started here, the last started first. */
  @Override
  public void close() {
    for (int i = started.size() - 1; i >= 0; i--) {
      try {
        started.get(i).getLifecycleService().terminate();
      } catch (RuntimeException e) {
        // already gone
      }
    }
    started.clear();
  }

  private HazelcastInstance started(HazelcastInstance member) {
    started.add(member);
    return member;
  }

  private Config config(String cluster) {
    Config config = new Config();
    config.setClusterName(cluster);
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.shutdownhook.enabled", "false");
    config.setProperty("hazelcast.wait.seconds.before.join", "1");
    config.setProperty("hazelcast.logging.type", "jdk");
    NetworkConfig network = config.getNetworkConfig();
    network.setPort(firstPort).setPortAutoIncrement(true).setPortCount(PORTS);
    network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    join.getTcpIpConfig().setEnabled(true);
    IntStream.range(firstPort, firstPort + PORTS)
        .forEach(port -> join.getTcpIpConfig().addMember("127.0.0.1:" + port));
    return config;
  }
}
