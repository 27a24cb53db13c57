package org.coproduce.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.coproduce.events.MalformedEventException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

  @Test
  void noConnectionFromThePoolIsTransient() {
    SQLException agroal = new SQLException("Sorry, acquisition timeout!");
    RuntimeException hibernate =
        new RuntimeException(
            "Unable to acquire JDBC Connection [Sorry, acquisition timeout!]", agroal);

    assertThat(TransientFailures.isTransient(hibernate)).isTrue();
    assertThat(TransientFailures.isTransient(new SQLTransientConnectionException("refused")))
        .isTrue();
  }

  @Test
  void lockTimeoutDeadlockSerializationAndCancelledQueriesAreTransient() {
    for (String state : new String[] {"55P03", "40P01", "40001", "57014", "08006", "57P01"}) {
      SQLException failure = new SQLException("failed", state);
      assertThat(TransientFailures.isTransient(new RuntimeException("wrapped", failure)))
          .as(state)
          .isTrue();
    }
  }

  @Test
  void aBrokenRuleOrAMalformedMessageIsNotTransient() {
    assertThat(TransientFailures.isTransient(new SQLException("duplicate key", "23505"))).isFalse();
    assertThat(TransientFailures.isTransient(new IllegalStateException("project not known")))
        .isFalse();
    assertThat(TransientFailures.isTransient(new MalformedEventException("not an envelope")))
        .isFalse();
  }
}
