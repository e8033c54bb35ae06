package org.pathways.platform.control;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The data grid this instance is a member of: Payara Micro's own Hazelcast, reached through JNDI
 * ({@code payara/Hazelcast}), never a second one of ours. Empty when the platform runs alone (the
 * grid switched off with {@code --nohazelcast}, as in the tests and the single-instance run), so
 * that every user of the grid keeps a local way of working.
 *
 * <p>Only names, strings and byte arrays go into the grid: another member must be able to read them
 * without the platform's classes (a member's class loader knows only Payara's).
 */
@ApplicationScoped
public class Grid {

  /** Where Payara Micro binds its Hazelcast instance. */
  static final String JNDI_NAME = "payara/Hazelcast";

  private static final Logger LOG = Logger.getLogger(Grid.class.getName());

  private volatile Optional<HazelcastInstance> found;

  /** This instance's membership of the grid, when the grid runs. */
  public Optional<HazelcastInstance> member() {
    Optional<HazelcastInstance> known = found;
    if (known == null) {
      known = lookUp();
      found = known;
    }
    return known.filter(Grid::running);
  }

  /** Whether this instance shares its state with others through the grid. */
  public boolean on() {
    return member().isPresent();
  }

  /** What readiness says about the grid: its name and the members this one sees. */
  public Membership membership() {
    Optional<HazelcastInstance> member = member();
    if (member.isEmpty()) {
      return new Membership(false, "", List.of());
    }
    try {
      HazelcastInstance grid = member.get();
      List<String> members =
          grid.getCluster().getMembers().stream().map(Grid::describe).sorted().toList();
      return new Membership(true, grid.getConfig().getClusterName(), members);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "The data grid could not say who its members are", e);
      return new Membership(true, "", List.of());
    }
  }

  private static String describe(Member member) {
    return member.getAddress().getHost() + ":" + member.getAddress().getPort();
  }

  private static boolean running(HazelcastInstance grid) {
    try {
      return grid.getLifecycleService().isRunning();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static Optional<HazelcastInstance> lookUp() {
    try {
      Object bound = new InitialContext().lookup(JNDI_NAME);
      if (bound instanceof HazelcastInstance grid) {
        LOG.info(() -> "Data grid: member of \"" + grid.getConfig().getClusterName() + "\"");
        return Optional.of(grid);
      }
    } catch (NamingException | RuntimeException | LinkageError e) {
      LOG.fine(() -> "No data grid (" + e + "): this instance keeps its state to itself");
    }
    LOG.info("No data grid: this instance keeps sessions, limits and caches to itself");
    return Optional.empty();
  }

  /** The grid as this member sees it; {@code on} false when there is none. */
  public record Membership(boolean on, String name, List<String> members) {}
}
