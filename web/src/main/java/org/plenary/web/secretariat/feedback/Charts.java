package org.plenary.web.secretariat.feedback;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;

/**
 * Chart.js configurations for PrimeFaces' {@code p:chart} (whose value is the configuration as
 * JSON). PrimeFaces writes it into a script, so every {@code <} is escaped: a label such as {@code
 * </script>} stays text. Each chart on a page also has a data table as its text alternative.
 */
public final class Charts {
  private static final String COLOUR = "#1d4f91";

  private Charts() {}

  /** A bar chart of counts, one bar per label, whole numbers on the value axis. */
  public static String bars(
      List<String> labels, List<? extends Number> values, String seriesLabel) {
    return bars(labels, values, seriesLabel, null);
  }

  /** A bar chart with a fixed maximum on the value axis (5 for average ratings). */
  public static String bars(
      List<String> labels, List<? extends Number> values, String seriesLabel, Integer max) {
    JsonArrayBuilder labelArray = Json.createArrayBuilder();
    labels.forEach(labelArray::add);
    JsonArrayBuilder data = Json.createArrayBuilder();
    values.forEach(v -> data.add(v == null ? 0 : v.doubleValue()));
    var y = Json.createObjectBuilder().add("beginAtZero", true);
    if (max != null) {
      y.add("max", max);
    } else {
      y.add("ticks", Json.createObjectBuilder().add("precision", 0));
    }
    String json =
        Json.createObjectBuilder()
            .add("type", "bar")
            .add(
                "data",
                Json.createObjectBuilder()
                    .add("labels", labelArray)
                    .add(
                        "datasets",
                        Json.createArrayBuilder()
                            .add(
                                Json.createObjectBuilder()
                                    .add("label", seriesLabel)
                                    .add("data", data)
                                    .add("backgroundColor", COLOUR))))
            .add(
                "options",
                Json.createObjectBuilder()
                    .add("animation", false)
                    .add("maintainAspectRatio", false)
                    .add(
                        "plugins",
                        Json.createObjectBuilder()
                            .add("legend", Json.createObjectBuilder().add("display", false)))
                    .add("scales", Json.createObjectBuilder().add("y", y)))
            .build()
            .toString();
    return json.replace("<", "\\u003c");
  }
}
