package org.plenary.web.rest.audit;

import java.time.Instant;
import org.plenary.core.audit.domain.AuditEntry;

/** An audit entry as the API shows it. */
public record AuditEntryJson(
    Instant occurredAt,
    String actor,
    String action,
    String objectType,
    String objectId,
    String details) {
  static AuditEntryJson of(AuditEntry entry) {
    return new AuditEntryJson(
        entry.getOccurredAt(),
        entry.getActor(),
        entry.getAction(),
        entry.getObjectType(),
        entry.getObjectId(),
        entry.getDetails());
  }
}
