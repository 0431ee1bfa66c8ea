package org.plenary.web.failover;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExpiredViewHandlerTest {
  @Test
  void keepsTheFieldsOfTheFormButNotTheFrameworksParametersNorPasswords() {
    Map<String, String[]> posted = new LinkedHashMap<>();
    posted.put("commentForm", new String[] {"commentForm"});
    posted.put("commentForm:text", new String[] {"My comment"});
    posted.put("commentForm:sections", new String[] {"1", "3"});
    posted.put("jakarta.faces.ViewState", new String[] {"-1:-2"});
    posted.put("jakarta.faces.partial.ajax", new String[] {"true"});
    posted.put("loginForm:password", new String[] {"secret"});

    Map<String, String[]> kept = ExpiredViewHandler.typedValues(posted);

    assertThat(kept).containsOnlyKeys("commentForm:text", "commentForm:sections");
    assertThat(kept.get("commentForm:sections")).containsExactly("1", "3");
  }

  @Test
  void keepsNoMoreTextThanAnyFormTakes() {
    Map<String, String[]> posted = new LinkedHashMap<>();
    posted.put("form:a", new String[] {"x".repeat(60_000)});
    posted.put("form:b", new String[] {"y".repeat(60_000)});

    assertThat(ExpiredViewHandler.typedValues(posted)).containsOnlyKeys("form:a");
  }

  @Test
  void handsOutWhatWasKeptOnceAndOnlyToTheSamePageEvenAfterCrossingTheGrid() throws Exception {
    KeptInput input = new KeptInput();
    input.keep("/consultations/view.xhtml", Map.of("commentForm:text", new String[] {"typed"}));

    KeptInput moved = copyThroughSerialization(input);

    assertThat(moved.take("/login.xhtml")).isEmpty();
    assertThat(moved.take("/consultations/view.xhtml"))
        .hasValueSatisfying(
            kept -> assertThat(kept.get("commentForm:text")).containsExactly("typed"));
    assertThat(moved.take("/consultations/view.xhtml")).isEmpty();
  }

  private static KeptInput copyThroughSerialization(KeptInput input)
      throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(input);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (KeptInput) in.readObject();
    }
  }
}
