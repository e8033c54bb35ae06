package org.pathways.forum.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pathways.platform.entity.PageRequest;

class PostPagingTest {

  @Test
  void aPageIsARangeOfPostNumbers() {
    PostPaging paging = PostPaging.of(3, null, 95);
    assertThat(paging.shown()).isEqualTo(new PageRequest(3, 20));
    assertThat(paging.pages()).isEqualTo(5);
    assertThat(paging.after()).isEqualTo(40);
    assertThat(paging.upTo()).isEqualTo(60);
  }

  @Test
  void pageZeroAndPagesBeyondTheLastShowTheLastPage() {
    assertThat(PostPaging.of(0, null, 95).shown().page()).isEqualTo(5);
    assertThat(PostPaging.of(-2, null, 95).shown().page()).isEqualTo(5);
    assertThat(PostPaging.of(6, null, 95).shown().page()).isEqualTo(5);
  }

  @Test
  void anEmptyThreadHasOnePage() {
    PostPaging paging = PostPaging.of(0, null, 0);
    assertThat(paging.pages()).isEqualTo(1);
    assertThat(paging.shown().page()).isEqualTo(1);
  }

  @Test
  void theSizeFollowsThePagingRule() {
    assertThat(PostPaging.of(1, 500, 2000).shown().size()).isEqualTo(PageRequest.LARGEST_SIZE);
    assertThat(PostPaging.of(1, 500, 2000).pages()).isEqualTo(20);
    assertThat(PostPaging.of(1, 0, 3).shown().size()).isEqualTo(1);
    assertThat(PostPaging.of(1, 0, 3).pages()).isEqualTo(3);
  }

  @Test
  void aPostIsOnThePageItsNumberFallsIn() {
    assertThat(PostPaging.pageOf(1)).isEqualTo(1);
    assertThat(PostPaging.pageOf(20)).isEqualTo(1);
    assertThat(PostPaging.pageOf(21)).isEqualTo(2);
    assertThat(PostPaging.pageOf(1981)).isEqualTo(100);
  }
}
