package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.control.CallerCache;
import org.pathways.identity.entity.PageSession;

/**
 * The registry of signed-in page sessions (table {@code page_session}), shared by every platform
 * instance: a session is signed in only while its row is live. Checked on each page request, from
 * memory for {@code PATHWAYS_IDENTITY_CACHE_SECONDS} at most, as tokens are; this instance forgets
 * at once when it ends sessions itself.
 */
@ApplicationScoped
public class PageSessions {

  static final String SESSION_KEY = "pathways.sessionKey";

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject CallerCache callers;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "pathways.session.absolute-seconds", defaultValue = "43200")
  long absoluteSeconds;

  /**
   * Opens a fresh session for the account (a new id, so a planted session id is worthless) and
   * registers it; the account's sessions that ended by age are forgotten on the way.
   */
  @Transactional
  public void open(HttpServletRequest request, UUID account) {
    HttpSession existing = request.getSession(false);
    if (existing != null) {
      end(existing);
      existing.invalidate();
    }
    Instant now = clock.instant();
    em.createQuery("delete from PageSession s where s.accountId = :account and s.createdAt < :old")
        .setParameter("account", account)
        .setParameter("old", now.minus(Duration.ofSeconds(absoluteSeconds)))
        .executeUpdate();
    PageSession registered = new PageSession(account, now);
    em.persist(registered);
    HttpSession session = request.getSession(true);
    session.setAttribute(PathwaysAuthentication.SESSION_ACCOUNT, account);
    session.setAttribute(PathwaysAuthentication.SESSION_SINCE, now);
    session.setAttribute(SESSION_KEY, registered.getId());
  }

  /** Whether this session is still signed in for the account (not ended anywhere). */
  @Transactional
  public boolean live(HttpSession session, UUID account) {
    if (!(session.getAttribute(SESSION_KEY) instanceof UUID key)) {
      return false;
    }
    return callers.session(
        key,
        account,
        () -> {
          PageSession found = em.find(PageSession.class, key);
          return found != null && found.liveFor(account);
        });
  }

  /** Ends this session (sign-out); the servlet session itself is invalidated by the caller. */
  @Transactional
  public void end(HttpSession session) {
    if (session != null && session.getAttribute(SESSION_KEY) instanceof UUID key) {
      PageSession found = em.find(PageSession.class, key);
      if (found != null) {
        found.revoke(clock.instant());
      }
      callers.forgetSession(key);
    }
  }

  /** The key of this session, or null (to keep it while ending the account's others). */
  static UUID key(HttpSession session) {
    return session != null && session.getAttribute(SESSION_KEY) instanceof UUID key ? key : null;
  }

  /**
   * Ends every live session of the account but {@code keep} (null ends them all), on every
   * instance: here at once, elsewhere within the identity cache's seconds.
   */
  @Transactional
  public int endAll(UUID account, UUID keep) {
    int ended =
        em.createQuery(
                "update PageSession s set s.revokedAt = :now where s.accountId = :account"
                    + " and s.revokedAt is null and s.id <> :keep")
            .setParameter("now", clock.instant())
            .setParameter("account", account)
            .setParameter("keep", keep == null ? new UUID(0, 0) : keep)
            .executeUpdate();
    callers.forgetSessions(account);
    return ended;
  }
}
