package org.pathways.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageRequestTest {

  @Test
  void withoutParametersItIsTheFirstPageOfTwenty() {
    assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(1, 20));
  }

  @Test
  void sizeIsAtMostOneHundredAndAtLeastOne() {
    assertThat(PageRequest.of(1, 500).size()).isEqualTo(100);
    assertThat(PageRequest.of(1, 0).size()).isEqualTo(1);
    assertThat(PageRequest.of(1, -3).size()).isEqualTo(1);
  }

  @Test
  void pagesCountFromOne() {
    assertThat(PageRequest.of(0, null).page()).isEqualTo(1);
    assertThat(PageRequest.of(-7, null).page()).isEqualTo(1);
    assertThat(PageRequest.of(3, 20).offset()).isEqualTo(40);
  }

  @Test
  void aHugePageDoesNotOverflowItsOffset() {
    assertThat(PageRequest.of(Integer.MAX_VALUE, 100).offset()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void deepPagingStopsAtThePageThatHoldsTheLastItemAllowed() {
    assertThat(PageRequest.of(9999, 20).within(10_000)).isEqualTo(new PageRequest(500, 20));
    assertThat(PageRequest.of(9999, 100).within(10_000)).isEqualTo(new PageRequest(100, 100));
    assertThat(PageRequest.of(9999, 30).within(10_000)).isEqualTo(new PageRequest(334, 30));
    assertThat(PageRequest.of(7, 20).within(10_000)).isEqualTo(new PageRequest(7, 20));
  }

  @Test
  void thereIsMoreWhileItemsRemainAfterThisPage() {
    assertThat(PageRequest.of(1, 20).hasMore(21)).isTrue();
    assertThat(PageRequest.of(1, 20).hasMore(20)).isFalse();
    assertThat(PageRequest.of(2, 20).hasMore(41)).isTrue();
  }

  @Test
  void aResultPageCarriesTheRequestAndTheTotal() {
    ResultPage<String> page = ResultPage.of(List.of("a", "b"), PageRequest.of(2, 2), 5);

    assertThat(page.map(String::toUpperCase))
        .isEqualTo(new ResultPage<>(List.of("A", "B"), 2, 2, 5));
  }
}
