package org.coproduce.platform.paging;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.coproduce.platform.problem.ProblemException;

/**
 * A request for one page of a list, newest first: up to {@code limit} (1 to 100) items after an
 * optional cursor. Lists are keyset-paged on (createdAt, id), so a page never skips or repeats an
 * item when rows are added meanwhile.
 */
public record PageRequest(Cursor after, int limit) {
  public static final int MAX_LIMIT = 100;
  public static final int DEFAULT_LIMIT = 20;

  public static PageRequest of(String cursor, Integer limit) {
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw new ProblemException.InvalidField("limit", "must be between 1 and " + MAX_LIMIT);
    }
    return new PageRequest(cursor == null || cursor.isBlank() ? null : Cursor.decode(cursor), size);
  }

  /**
   * Fetches one page of an entity that has {@code createdAt} and {@code id}, with an optional JPQL
   * filter on alias {@code e} (for example {@code "e.status = :status"}).
   */
  public <E> List<E> fetch(
      EntityManager entityManager, Class<E> entity, String filter, Map<String, Object> params) {
    StringBuilder jpql =
        new StringBuilder("select e from ").append(entity.getSimpleName()).append(" e where 1 = 1");
    if (filter != null && !filter.isBlank()) {
      jpql.append(" and (").append(filter).append(')');
    }
    if (after != null) {
      jpql.append(
          " and (e.createdAt < :cursorAt or (e.createdAt = :cursorAt and e.id < :cursorId))");
    }
    jpql.append(" order by e.createdAt desc, e.id desc");
    var query = entityManager.createQuery(jpql.toString(), entity).setMaxResults(limit + 1);
    params.forEach(query::setParameter);
    if (after != null) {
      query.setParameter("cursorAt", after.createdAt()).setParameter("cursorId", after.id());
    }
    return query.getResultList();
  }
}
