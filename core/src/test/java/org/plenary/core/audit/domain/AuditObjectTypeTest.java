package org.plenary.core.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AuditObjectTypeTest {
  @Test
  void keepsTheCodesTheLogAlreadyHolds() {
    assertThat(Arrays.stream(AuditObjectType.values()).map(AuditObjectType::code))
        .containsExactlyInAnyOrder(
            "account",
            "account-request",
            "person",
            "group",
            "draft",
            "meeting",
            "session",
            "delegation",
            "registration",
            "feedback-form",
            "minutes",
            "minutes-correction",
            "action",
            "consultation",
            "consultation-comment",
            "coordination-round");
  }

  @Test
  void givesEveryTypeItsOwnCode() {
    assertThat(Arrays.stream(AuditObjectType.values()).map(AuditObjectType::code))
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest
  @EnumSource(AuditObjectType.class)
  void findsEachTypeByItsCode(AuditObjectType type) {
    assertThat(AuditObjectType.fromCode(type.code())).contains(type);
  }

  @Test
  void findsNothingForACodeOfAnOlderBuild() {
    assertThat(AuditObjectType.fromCode("agenda-version")).isEmpty();
    assertThat(AuditObjectType.fromCode(null)).isEmpty();
  }
}
