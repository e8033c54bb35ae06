package org.pathways.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

  @Test
  void aSocketTimeoutOfTheDriverDeepInsideJpaAndATransactionIsRecognised() {
    // What pgjdbc throws when its socketTimeout fires: 08006 around the SocketTimeoutException.
    SQLException driver =
        new SQLException(
            "An I/O error occurred while sending to the backend.",
            "08006",
            new SocketTimeoutException("Read timed out"));
    Throwable error =
        new TransactionalException(
            "rolled back", new PersistenceException("Internal Exception", driver));

    assertThat(DatabaseUnavailable.recognises(error)).isTrue();
  }

  @Test
  void aStatementCancelledByStatementTimeoutIsRecognised() {
    SQLException cancelled =
        new SQLException("ERROR: canceling statement due to statement timeout", "57014");

    assertThat(DatabaseUnavailable.recognises(new PersistenceException(cancelled))).isTrue();
  }

  @Test
  void aConnectionThatCannotBeMadeIsRecognised() {
    assertThat(
            DatabaseUnavailable.recognises(
                new SQLException("The connection attempt failed.", "08001")))
        .isTrue();
    assertThat(DatabaseUnavailable.recognises(new SQLTimeoutException("login timed out"))).isTrue();
    assertThat(
            DatabaseUnavailable.recognises(
                new SQLException("the database system is starting up", "57P03")))
        .isTrue();
  }

  @Test
  void thePoolGivingUpWaitingForAFreeConnectionIsRecognised() {
    SQLException pool =
        new SQLException(
            "Error in allocating a connection. Cause: In-use connections equal max-pool-size and"
                + " expired max-wait-time. Cannot allocate more connections.");

    assertThat(DatabaseUnavailable.recognises(new PersistenceException(pool))).isTrue();
  }

  @Test
  void aChainedNextExceptionIsLookedAt() {
    SQLException batch = new SQLException("Batch entry 0 was aborted", "XX000");
    batch.setNextException(new SQLException("I/O error", "08006"));

    assertThat(DatabaseUnavailable.recognises(batch)).isTrue();
  }

  @Test
  void aConstraintViolationOrAnyOtherFaultIsNotTheDatabaseBeingAway() {
    SQLException unique =
        new SQLException("duplicate key value violates unique constraint", "23505");

    assertThat(DatabaseUnavailable.recognises(new PersistenceException(unique))).isFalse();
    assertThat(DatabaseUnavailable.recognises(new SQLException("syntax error", "42601"))).isFalse();
    assertThat(DatabaseUnavailable.recognises(new IllegalStateException("a bug"))).isFalse();
    assertThat(DatabaseUnavailable.recognises(null)).isFalse();
  }

  @Test
  void aCauseThatPointsBackAtItselfEnds() {
    RuntimeException outer = new RuntimeException("outer");
    RuntimeException inner = new RuntimeException("inner", outer);
    outer.initCause(inner);

    assertThat(DatabaseUnavailable.recognises(outer)).isFalse();
  }
}
