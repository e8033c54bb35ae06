package org.pathways.xapi.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DeliveryTest {

  @Test
  void aBatchTheLrsTookIsSent() {
    assertThat(Delivery.batch(200)).isEqualTo(Delivery.Outcome.SENT);
  }

  @Test
  void aBatchWithAnIdTheLrsHoldsOrAStatementItRefusesIsSentOneByOne() {
    assertThat(Delivery.batch(409)).isEqualTo(Delivery.Outcome.ONE_BY_ONE);
    assertThat(Delivery.batch(400)).isEqualTo(Delivery.Outcome.ONE_BY_ONE);
  }

  @Test
  void anLrsDownOrRefusingTheCredentialsKeepsTheWholeBatchForLater() {
    assertThat(Delivery.batch(0)).isEqualTo(Delivery.Outcome.RETRY);
    assertThat(Delivery.batch(503)).isEqualTo(Delivery.Outcome.RETRY);
    assertThat(Delivery.batch(500)).isEqualTo(Delivery.Outcome.RETRY);
    assertThat(Delivery.batch(401)).isEqualTo(Delivery.Outcome.RETRY);
  }

  @Test
  void oneStatementIsSentWhenStoredEvenIfTheLrsHadItWithTheSameContent() {
    assertThat(Delivery.single(204)).isTrue();
    assertThat(Delivery.single(409)).isFalse();
    assertThat(Delivery.single(503)).isFalse();
    assertThat(Delivery.problem(409)).contains("different statement");
  }

  @Test
  void theStatementsResourceIsFoundWithOrWithoutAFinalSlash() {
    assertThat(Delivery.statements("https://lrs.example/xapi").toString())
        .isEqualTo("https://lrs.example/xapi/statements");
    assertThat(Delivery.statements("https://lrs.example/xapi/").toString())
        .isEqualTo("https://lrs.example/xapi/statements");
    UUID id = UUID.randomUUID();
    assertThat(Delivery.statement("https://lrs.example/xapi/", id).toString())
        .isEqualTo("https://lrs.example/xapi/statements?statementId=" + id);
  }

  @Test
  void aBatchIsOneJsonArrayAndTheCredentialsBasicAuthentication() {
    assertThat(Delivery.array(List.of("{\"a\":1}", "{\"b\":2}")))
        .isEqualTo("[{\"a\":1},{\"b\":2}]");
    assertThat(Delivery.basic("lrs", "secret")).isEqualTo("Basic bHJzOnNlY3JldA==");
    assertThat(Delivery.problem(401)).doesNotContain("secret");
  }
}
