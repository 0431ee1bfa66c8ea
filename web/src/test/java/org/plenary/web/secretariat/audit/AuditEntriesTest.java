package org.plenary.web.secretariat.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.plenary.core.audit.application.AuditTrail;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

class AuditEntriesTest {
  /** The action and the type are chosen from codes: "account" leaves out "account-request". */
  @Test
  void passesTheColumnFiltersToTheAuditTrailWithChosenCodesWhole() {
    Map<String, FilterMeta> filters =
        Map.of(
            "actor", FilterMeta.builder().field("actor").filterValue("secr").build(),
            "objectType", FilterMeta.builder().field("objectType").filterValue("account").build());

    assertThat(AuditEntries.filter(filters))
        .isEqualTo(new AuditTrail.Filter("secr", null, "account", true));
  }

  @Test
  void listsNewestFirstUnlessTheTimeColumnIsSortedAscending() {
    assertThat(AuditEntries.oldestFirst(Map.of())).isFalse();
    assertThat(AuditEntries.oldestFirst(Map.of("occurredAt", sorted(SortOrder.DESCENDING))))
        .isFalse();
    assertThat(AuditEntries.oldestFirst(Map.of("occurredAt", sorted(SortOrder.ASCENDING))))
        .isTrue();
  }

  private static SortMeta sorted(SortOrder order) {
    return SortMeta.builder().field("occurredAt").order(order).build();
  }
}
