package org.coproduce.platform.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the cursor of the next page (null on the last page). */
public record Page<T>(List<T> items, String nextCursor) {

  /**
   * Builds a page from up to {@code limit + 1} fetched rows: the extra row only says there is more.
   */
  public static <E, T> Page<T> of(
      List<E> fetched, PageRequest request, Function<E, Cursor> cursorOf, Function<E, T> view) {
    boolean more = fetched.size() > request.limit();
    List<E> shown = more ? fetched.subList(0, request.limit()) : fetched;
    String next = more ? cursorOf.apply(shown.get(shown.size() - 1)).encode() : null;
    return new Page<>(shown.stream().map(view).toList(), next);
  }
}
