package org.coproduce.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.coproduce.platform.problem.Problem;
import org.coproduce.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

  private static String encoded(String raw) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void aCursorGivenOutDecodesToTheSamePlace() {
    Cursor cursor = new Cursor(Instant.parse("2026-03-01T10:15:30.123456Z"), UUID.randomUUID());

    assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // an instant Java cannot hold, then one PostgreSQL cannot compare with
        "9223372036854775807:0:00000000-0000-0000-0000-000000000001",
        "31556889864403199:0:00000000-0000-0000-0000-000000000001",
        "-62167219200:0:00000000-0000-0000-0000-000000000001",
        // nanoseconds that overflow, are negative or spill into seconds
        "0:9223372036854775807:00000000-0000-0000-0000-000000000001",
        "1767225600:-1:00000000-0000-0000-0000-000000000001",
        "1767225600:1000000000:00000000-0000-0000-0000-000000000001",
        // the wrong number of parts, or parts of the wrong kind
        "1767225600:0",
        "1767225600:0:00000000-0000-0000-0000-000000000001:extra",
        "1767225600:0:not-a-uuid",
        "x:0:00000000-0000-0000-0000-000000000001",
        ""
      })
  void aCraftedCursorIsRefusedNamingTheCursor(String raw) {
    assertRefused(encoded(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"not base64!", "%%%", "\u0000", "AAAA="})
  void textThatIsNotACursorIsRefusedNamingTheCursor(String text) {
    assertRefused(text);
  }

  private static void assertRefused(String cursor) {
    assertThatThrownBy(() -> Cursor.decode(cursor))
        .isInstanceOfSatisfying(
            ProblemException.InvalidField.class,
            e -> {
              assertThat(e.status()).isEqualTo(400);
              assertThat(e.errors())
                  .extracting(Problem.FieldError::field)
                  .containsExactly("cursor");
            });
  }
}
