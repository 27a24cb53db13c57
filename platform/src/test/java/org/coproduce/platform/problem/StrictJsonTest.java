package org.coproduce.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrictJsonTest {
  record Agenda(String title, List<Item> items, Map<String, String> notes, Integer places) {}

  record Item(String title, List<String> owners) {}

  private final ObjectMapper mapper = mapper();

  private static ObjectMapper mapper() {
    ObjectMapper mapper = new ObjectMapper();
    new StrictJson().customize(mapper);
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
        .isInstanceOf(StrictJson.NulInTextException.class);
  }

  @Test
  void aFractionForAnIntegerIsRefusedNotCut() {
    assertThatThrownBy(() -> mapper.readValue("{\"places\": 1.5}", Agenda.class))
        .isInstanceOfSatisfying(
            JsonMappingException.class,
            e -> assertThat(ProblemMappers.pathOf(e)).isEqualTo("places"));
  }

  private void assertRefusedAt(String json, String field) {
    assertThatThrownBy(() -> mapper.readValue(json, Agenda.class))
        .isInstanceOfSatisfying(
            StrictJson.NulInTextException.class,
            e -> assertThat(ProblemMappers.pathOf(e)).isEqualTo(field));
  }
}
