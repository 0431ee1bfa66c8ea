package org.plenary.web.rest.desk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.plenary.agenda.registrations.application.RegistrationDesk.Sort;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.RegistrationStatus;
import org.plenary.web.rest.InvalidRequest;

class DeskQueryTest {
  @Test
  void readsFiltersAndADescendingSort() {
    DeskQuery query = DeskQuery.of("approved", "ana", "Nord", "ee", "remote", "-registeredAt");

    assertThat(query.filter().status()).isEqualTo(RegistrationStatus.APPROVED);
    assertThat(query.filter().attendance()).isEqualTo(Attendance.REMOTE);
    assertThat(query.sort()).isEqualTo(Sort.REGISTERED_AT);
    assertThat(query.ascending()).isFalse();
  }

  @Test
  void sortsByNameAscendingByDefault() {
    DeskQuery query = DeskQuery.of(null, null, null, null, null, null);

    assertThat(query.sort()).isEqualTo(Sort.NAME);
    assertThat(query.ascending()).isTrue();
    assertThat(query.filter().status()).isNull();
  }

  @Test
  void refusesAnUnknownStatusOrSortNamingTheField() {
    assertThatThrownBy(() -> DeskQuery.of("maybe", null, null, null, null, null))
        .isInstanceOfSatisfying(
            InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("status"));
    assertThatThrownBy(() -> DeskQuery.of(null, null, null, null, null, "shoe"))
        .isInstanceOfSatisfying(InvalidRequest.class, e -> assertThat(e.field()).isEqualTo("sort"));
  }
}
