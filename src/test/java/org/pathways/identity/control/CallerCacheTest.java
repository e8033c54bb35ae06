package org.pathways.identity.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Role;
import org.pathways.platform.control.CacheInvalidation;
import org.pathways.platform.entity.Invalidation;

class CallerCacheTest {

  private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");
  private final List<Invalidation> announced = new ArrayList<>();
  private final Caller rita = new Caller(UUID.randomUUID(), "Rita", Set.of(Role.TEACHER));
  private final Caller sam = new Caller(UUID.randomUUID(), "Sam", Set.of(Role.TEACHER));
  private CallerCache cache;

  @BeforeEach
  void start() {
    cache = new CallerCache();
    cache.seconds = 60;
    // The local invalidation: this instance's cache hears of the change at once.
    cache.caches =
        new CacheInvalidation() {
          @Override
          public void changed(Invalidation what) {
            announced.add(what);
            cache.changed(what);
          }

          @Override
          public void afterCommit(Runnable action) {
            action.run();
          }
        };
    cache.start();
  }

  private Optional<CallerCache.TokenCaller> token(String hash, CallerCache.TokenCaller read) {
    return cache.token(hash, NOW, () -> Optional.ofNullable(read));
  }

  private CallerCache.TokenCaller tokenOf(Caller caller) {
    return new CallerCache.TokenCaller(UUID.randomUUID(), caller, NOW.plusSeconds(3600));
  }

  @Test
  void aRevokedTokenIsForgottenAndAnnouncedForOtherInstances() {
    CallerCache.TokenCaller ritas = tokenOf(rita);
    token("h1", ritas);
    cache.forgetToken(ritas.tokenId());
    assertThat(token("h1", null)).isEmpty();
    assertThat(announced)
        .containsExactly(new Invalidation("identity:token", ritas.tokenId().toString()));
  }

  @Test
  void whenTheGridsMembersChangeEveryTokenAccountAndSessionIsReadAgain() {
    token("h1", tokenOf(rita));
    cache.account(sam.id(), () -> Optional.of(sam));
    UUID session = UUID.randomUUID();
    cache.session(session, rita.id(), () -> true);

    cache.changed(Invalidation.everything());

    assertThat(token("h1", null)).isEmpty();
    assertThat(cache.account(sam.id(), Optional::empty)).isEmpty();
    assertThat(cache.session(session, rita.id(), () -> false)).isFalse();
  }

  @Test
  void revokingOneTokenKeepsTheOthers() {
    CallerCache.TokenCaller ritas = tokenOf(rita);
    CallerCache.TokenCaller sams = tokenOf(sam);
    token("h1", ritas);
    token("h2", sams);
    cache.forgetToken(ritas.tokenId());
    assertThat(token("h2", null)).contains(sams);
  }

  @Test
  void aRoleChangeForgetsTheAccountAndEveryTokenThatStandsForIt() {
    token("h1", tokenOf(rita));
    token("h2", tokenOf(rita));
    token("h3", tokenOf(sam));
    cache.account(rita.id(), () -> Optional.of(rita));
    cache.forgetAccount(rita.id());
    assertThat(token("h1", null)).isEmpty();
    assertThat(token("h2", null)).isEmpty();
    assertThat(token("h3", null)).isPresent();
    Caller admin = new Caller(rita.id(), "Rita", Set.of(Role.TEACHER, Role.ADMIN));
    assertThat(cache.account(rita.id(), () -> Optional.of(admin))).contains(admin);
  }

  @Test
  void anExpiredTokenIsNeverAnsweredFromMemory() {
    token("h1", new CallerCache.TokenCaller(UUID.randomUUID(), rita, NOW));
    assertThat(token("h1", null)).isEmpty();
  }

  @Test
  void endedSessionsAreNoLongerLive() {
    UUID one = UUID.randomUUID();
    UUID two = UUID.randomUUID();
    assertThat(cache.session(one, rita.id(), () -> true)).isTrue();
    assertThat(cache.session(two, rita.id(), () -> true)).isTrue();
    cache.forgetSession(one);
    assertThat(cache.session(one, rita.id(), () -> false)).isFalse();
    assertThat(cache.session(two, rita.id(), () -> false)).isTrue();
    cache.forgetSessions(rita.id());
    assertThat(cache.session(two, rita.id(), () -> false)).isFalse();
  }

  @Test
  void aTokenReadThatRacedItsRevocationIsNotKept() {
    CallerCache.TokenCaller ritas = tokenOf(rita);
    // The read began before the revocation and answers what it saw, but memory does not keep it.
    Optional<CallerCache.TokenCaller> raced =
        cache.token(
            "h1",
            NOW,
            () -> {
              cache.forgetToken(ritas.tokenId());
              return Optional.of(ritas);
            });
    assertThat(raced).contains(ritas);
    assertThat(token("h1", null)).isEmpty();
  }

  @Test
  void anAccountReadThatRacedItsRoleChangeIsNotKept() {
    Caller admin = new Caller(rita.id(), "Rita", Set.of(Role.TEACHER, Role.ADMIN));
    cache.account(
        rita.id(),
        () -> {
          cache.forgetAccount(rita.id());
          return Optional.of(admin);
        });
    assertThat(cache.account(rita.id(), () -> Optional.of(rita))).contains(rita);
  }

  @Test
  void aSessionSeenLiveWhileItEndedIsNotRememberedAsLive() {
    UUID key = UUID.randomUUID();
    boolean live =
        cache.session(
            key,
            rita.id(),
            () -> {
              cache.forgetSessions(rita.id());
              return true;
            });
    assertThat(live).isTrue();
    assertThat(cache.session(key, rita.id(), () -> false)).isFalse();
  }

  @Test
  void aSessionIsNeverLiveForAnotherAccount() {
    UUID key = UUID.randomUUID();
    cache.session(key, rita.id(), () -> true);
    assertThat(cache.session(key, sam.id(), () -> true)).isFalse();
  }
}
