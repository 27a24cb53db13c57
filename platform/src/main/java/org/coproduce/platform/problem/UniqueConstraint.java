package org.coproduce.platform.problem;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Lets the database decide uniqueness, which no check-then-insert can do under concurrent requests:
 * flushes, and turns a violation of the named constraint into the caller's refusal. Any other
 * violation is a fault and stays one. The transaction is rolled back either way, outbox row and
 * all.
 */
public final class UniqueConstraint {

  public static void flushOrRefuse(
      EntityManager entityManager, String constraint, Supplier<ProblemException> refusal) {
    try {
      entityManager.flush();
    } catch (PersistenceException e) {
      if (violates(e, constraint)) {
        throw refusal.get();
      }
      throw e;
    }
  }

  private static boolean violates(PersistenceException e, String constraint) {
    Throwable cause = e instanceof ConstraintViolationException ? e : e.getCause();
    return cause instanceof ConstraintViolationException violation
        && constraint.equalsIgnoreCase(violation.getConstraintName());
  }

  private UniqueConstraint() {}
}
