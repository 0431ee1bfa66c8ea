package org.plenary.web.secretariat.feedback;

import jakarta.json.JsonArrayBuilder;
import java.util.List;
import org.plenary.core.shared.Jsons;

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
    JsonArrayBuilder labelArray = Jsons.array();
    labels.forEach(labelArray::add);
    JsonArrayBuilder data = Jsons.array();
    values.forEach(v -> data.add(v == null ? 0 : v.doubleValue()));
    var y = Jsons.object().add("beginAtZero", true);
    if (max != null) {
      y.add("max", max);
    } else {
      y.add("ticks", Jsons.object().add("precision", 0));
    }
    String json =
        Jsons.object()
            .add("type", "bar")
            .add(
                "data",
                Jsons.object()
                    .add("labels", labelArray)
                    .add(
                        "datasets",
                        Jsons.array()
                            .add(
                                Jsons.object()
                                    .add("label", seriesLabel)
                                    .add("data", data)
                                    .add("backgroundColor", COLOUR))))
            .add(
                "options",
                Jsons.object()
                    .add("animation", false)
                    .add("maintainAspectRatio", false)
                    .add(
                        "plugins",
                        Jsons.object().add("legend", Jsons.object().add("display", false)))
                    .add("scales", Jsons.object().add("y", y)))
            .build()
            .toString();
    return json.replace("<", "\\u003c");
  }
}
