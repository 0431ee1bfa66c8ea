package org.plenary.web.secretariat.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FeedbackFormViewTest {
  @Test
  void showsARefusalBesideTheFieldItNames() {
    assertThat(FeedbackFormView.clientId("closesAt")).isEqualTo("formEdit:closesAt");
    assertThat(FeedbackFormView.clientId("questions[2].choices"))
        .isEqualTo("formEdit:questions:2:choices");
    assertThat(FeedbackFormView.clientId("questions[0].code"))
        .isEqualTo("formEdit:questions:0:text");
    assertThat(FeedbackFormView.clientId("questions")).isEqualTo("formEdit:save");
    assertThat(FeedbackFormView.clientId(null)).isEqualTo("formEdit:save");
  }
}
