package org.plenary.core.audit.application;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import org.plenary.core.audit.domain.AuditEntry;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Like;

/** Reads the audit log a page at a time, newest first, for the secretariat. */
@Stateless
@RolesAllowed(Roles.SECRETARIAT)
public class AuditTrail {
  @PersistenceContext EntityManager em;

  /**
   * Filters are case-insensitive prefixes; a blank filter matches everything. With {@code
   * wholeCodes} the action and the object type are whole codes, as chosen from a list of them: the
   * type "minutes" then leaves out the "minutes-correction" entries that its prefix would keep.
   */
  public record Filter(String actor, String action, String objectType, boolean wholeCodes)
      implements java.io.Serializable {
    public static final Filter NONE = new Filter(null, null, null);

    /** Prefixes for all three. */
    public Filter(String actor, String action, String objectType) {
      this(actor, action, objectType, false);
    }
  }

  public List<AuditEntry> page(Filter filter, int first, int size, boolean oldestFirst) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
    Root<AuditEntry> entry = query.from(AuditEntry.class);
    query.where(predicates(cb, entry, filter));
    query.orderBy(
        oldestFirst ? cb.asc(entry.get("occurredAt")) : cb.desc(entry.get("occurredAt")),
        oldestFirst ? cb.asc(entry.get("id")) : cb.desc(entry.get("id")));
    TypedQuery<AuditEntry> typed = em.createQuery(query);
    return typed
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  /**
   * The entries the filter keeps, newest first by id, below {@code beforeId} (null: from the
   * newest): an export reads the log a page at a time by its key, never by an offset, so the last
   * page costs what the first does.
   */
  public List<AuditEntry> before(Filter filter, Long beforeId, int size) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<AuditEntry> query = cb.createQuery(AuditEntry.class);
    Root<AuditEntry> entry = query.from(AuditEntry.class);
    List<Predicate> predicates = new ArrayList<>(List.of(predicates(cb, entry, filter)));
    if (beforeId != null) {
      predicates.add(cb.lt(entry.get("id"), beforeId));
    }
    query.where(predicates.toArray(Predicate[]::new)).orderBy(cb.desc(entry.get("id")));
    return em.createQuery(query).setMaxResults(Math.max(1, size)).getResultList();
  }

  public long count(Filter filter) {
    CriteriaBuilder cb = em.getCriteriaBuilder();
    CriteriaQuery<Long> query = cb.createQuery(Long.class);
    Root<AuditEntry> entry = query.from(AuditEntry.class);
    query.select(cb.count(entry)).where(predicates(cb, entry, filter));
    return em.createQuery(query).getSingleResult();
  }

  private static Predicate[] predicates(CriteriaBuilder cb, Root<AuditEntry> entry, Filter filter) {
    List<Predicate> predicates = new ArrayList<>();
    prefix(cb, entry, "actor", filter.actor(), predicates);
    if (filter.wholeCodes()) {
      code(cb, entry, "action", filter.action(), predicates);
      code(cb, entry, "objectType", filter.objectType(), predicates);
    } else {
      prefix(cb, entry, "action", filter.action(), predicates);
      prefix(cb, entry, "objectType", filter.objectType(), predicates);
    }
    return predicates.toArray(Predicate[]::new);
  }

  private static void code(
      CriteriaBuilder cb, Root<AuditEntry> entry, String field, String value, List<Predicate> out) {
    if (value != null && !value.isBlank()) {
      out.add(cb.equal(entry.get(field), value.strip()));
    }
  }

  private static void prefix(
      CriteriaBuilder cb, Root<AuditEntry> entry, String field, String value, List<Predicate> out) {
    if (value != null && !value.isBlank()) {
      out.add(cb.like(cb.lower(entry.get(field)), Like.startsWith(value), Like.ESCAPE));
    }
  }
}
