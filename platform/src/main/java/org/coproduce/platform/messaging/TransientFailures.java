package org.coproduce.platform.messaging;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import java.util.Set;

/**
 * Tells a failure that goes away by itself (the database unreachable or overloaded, a lock or
 * transaction timeout, a deadlock, a serialization failure, a cancelled query) from one that would
 * happen again on every try. A transient failure is retried without limit: parking the message
 * would lose its effect (a volunteer not paid) over a blip.
 */
public final class TransientFailures {
  /**
   * PostgreSQL SQLSTATEs that say "try again": serialization failure, deadlock, lock not available,
   * query cancelled (statement or lock timeout), admin shutdown, crash shutdown, cannot connect
   * now, too many connections, idle-in-transaction timeout, out of memory, disk full.
   */
  private static final Set<String> STATES =
      Set.of(
          "40001", "40P01", "55P03", "57014", "57P01", "57P02", "57P03", "53300", "25P03", "53200",
          "53100");

  private static final Set<String> CLASS_NAMES =
      Set.of(
          "org.hibernate.exception.JDBCConnectionException",
          "org.hibernate.exception.LockAcquisitionException",
          "org.hibernate.exception.LockTimeoutException",
          "org.hibernate.PessimisticLockException",
          "org.hibernate.QueryTimeoutException",
          "jakarta.persistence.LockTimeoutException",
          "jakarta.persistence.PessimisticLockException",
          "jakarta.persistence.QueryTimeoutException",
          // the transaction manager rolled the transaction back (its timeout) before commit
          "jakarta.transaction.RollbackException",
          "org.apache.kafka.common.errors.RetriableException");

  /**
   * No connection to be had from the pool within its acquisition timeout: Agroal says so with a
   * plain SQLException (no SQLSTATE), which Hibernate wraps as a generic JDBC exception.
   */
  private static final List<String> NO_CONNECTION =
      List.of("Unable to acquire JDBC Connection", "acquisition timeout");

  public static boolean isTransient(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = next(cause)) {
      if (transientItself(cause)) {
        return true;
      }
    }
    return false;
  }

  private static boolean transientItself(Throwable cause) {
    String message = cause.getMessage();
    if (message != null && NO_CONNECTION.stream().anyMatch(message::contains)) {
      return true;
    }
    if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException) {
      return true;
    }
    if (cause instanceof SQLException sql && sql.getSQLState() != null) {
      String state = sql.getSQLState();
      // class 08: connection exceptions
      return state.startsWith("08") || STATES.contains(state);
    }
    for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
      if (CLASS_NAMES.contains(type.getName())) {
        return true;
      }
    }
    return false;
  }

  private static Throwable next(Throwable cause) {
    if (cause instanceof SQLException sql && sql.getNextException() != null) {
      return sql.getNextException();
    }
    return cause.getCause() == cause ? null : cause.getCause();
  }

  private TransientFailures() {}
}
