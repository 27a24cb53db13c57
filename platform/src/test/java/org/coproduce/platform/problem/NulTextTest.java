package org.coproduce.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NulTextTest {
  record Agenda(String title, List<Item> items, Map<String, String> notes) {}

  record Item(String title, List<String> owners) {}

  private final ObjectMapper mapper = mapper();

  private static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper();
    new NulText().customize(mapper);
    return mapper;
  }

  @Test
  void textWithoutNulIsReadAsSent() throws Exception {
    Agenda agenda =
        mapper.readValue(
            """
            {"title": "Forum \\u202e", "items": [{"title": "Car parking", "owners": ["Val"]}],
             "notes": {"room": "B"}}
            """,
            Agenda.class);

    assertThat(agenda.title()).isEqualTo("Forum \u202e");
    assertThat(agenda.items().get(0).owners()).containsExactly("Val");
  }

  @Test
  void nulInAFieldIsRefusedAtThatField() {
    assertRefusedAt("{\"title\": \"Forum\\u0000\"}", "title");
  }

  @Test
  void nulInANestedListElementIsRefusedAtItsPath() {
    assertRefusedAt(
        "{\"items\": [{\"title\": \"ok\"}, {\"title\": \"ok\", \"owners\": [\"a\", \"b\\u0000\"]}]}",
        "items[1].owners[1]");
  }

  @Test
  void nulInAMapKeyIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("{\"notes\": {\"a\\u0000\": \"b\"}}", Agenda.class))
        .isInstanceOf(NulText.NulInTextException.class);
  }

  private void assertRefusedAt(String json, String field) {
    assertThatThrownBy(() -> mapper.readValue(json, Agenda.class))
        .isInstanceOfSatisfying(
            NulText.NulInTextException.class,
            e -> assertThat(ProblemMappers.pathOf(e)).isEqualTo(field));
  }
}
