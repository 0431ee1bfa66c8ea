package org.plenary.core.audit.application;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.time.Clock;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditEntry;
import org.plenary.core.audit.domain.AuditObjectType;

/**
 * Writes to the audit log inside the caller's transaction, so an entry exists exactly when the
 * change it describes was committed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class AuditLog {
  /** The actor recorded when no one is logged in (start-up, demo data, timers). */
  public static final String SYSTEM = "system";

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;

  /**
   * Records a change by the caller. The action and the type are constants so that every code the
   * log can hold has words on the pages; the entry stores their codes.
   */
  public void record(
      AuditAction action, AuditObjectType objectType, Object objectId, String details) {
    em.persist(
        new AuditEntry(
            clock.instant(),
            actor(),
            action.code(),
            objectType.code(),
            objectId == null ? null : objectId.toString(),
            details));
  }

  private String actor() {
    Principal principal = session.getCallerPrincipal();
    String name = principal == null ? null : principal.getName();
    return name == null || name.isBlank() || "ANONYMOUS".equalsIgnoreCase(name) ? SYSTEM : name;
  }
}
