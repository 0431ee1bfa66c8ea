package org.plenary.web.secretariat.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartsTest {
  @Test
  void writesABarChartWhoseLabelsCannotCloseTheScriptTheyAreWrittenInto() {
    String config =
        Charts.bars(List.of("Yes", "</script><b>no</b>"), List.of(3L, 1L), "Number of answers");

    assertThat(config).doesNotContain("<");
    JsonObject json = Json.createReader(new StringReader(config)).readObject();
    assertThat(json.getString("type")).isEqualTo("bar");
    assertThat(json.getJsonObject("data").getJsonArray("labels").getString(1))
        .isEqualTo("</script><b>no</b>");
    assertThat(
            json.getJsonObject("data")
                .getJsonArray("datasets")
                .getJsonObject(0)
                .getJsonArray("data")
                .getJsonNumber(0)
                .intValue())
        .isEqualTo(3);
  }
}
