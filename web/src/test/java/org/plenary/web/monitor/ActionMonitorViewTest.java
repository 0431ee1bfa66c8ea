package org.plenary.web.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The monitor's overdue choice, as the page's list or an address gives it. */
class ActionMonitorViewTest {
  @Test
  void takesOnlyTheListsChoicesForOverdueAndAnythingElseAsNoChoice() {
    ActionMonitorView view = new ActionMonitorView();

    view.setOverdue("true");
    assertThat(view.filter().overdue()).isTrue();
    view.setOverdue("false");
    assertThat(view.filter().overdue()).isFalse();
    view.setOverdue("yes");
    assertThat(view.filter().overdue()).as("not read as false").isNull();
    view.setOverdue("");
    assertThat(view.filter().overdue()).isNull();
  }
}
