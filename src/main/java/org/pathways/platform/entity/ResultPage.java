package org.pathways.platform.entity;

import java.util.List;
import java.util.function.Function;

/** One page of a list as the API answers it: {@code {items, page, size, total}}. */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

  public ResultPage {
    items = List.copyOf(items);
  }

  public static <T> ResultPage<T> of(List<T> items, PageRequest request, long total) {
    return new ResultPage<>(items, request.page(), request.size(), total);
  }

  /** The same page with each item turned into what the caller is shown. */
  public <R> ResultPage<R> map(Function<? super T, ? extends R> shown) {
    return new ResultPage<>(items.stream().<R>map(shown).toList(), page, size, total);
  }
}
