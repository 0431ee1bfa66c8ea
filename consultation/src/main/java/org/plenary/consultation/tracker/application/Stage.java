package org.plenary.consultation.tracker.application;

/**
 * Where a public draft stands, summed up from its status, its latest coordination round and its
 * latest consultation: adopted, in public consultation (announced, open or closed), in coordination
 * (a round announced or open), or shared. The same rule in Java (a draft's page) and in SQL (the
 * tracker's filter).
 */
public enum Stage {
  SHARED,
  IN_COORDINATION,
  IN_CONSULTATION,
  FINAL;

  /** The draft statuses the public sees, as a SQL list. */
  static final String PUBLIC_STATUSES = "'SHARED_WITH_DELEGATES', 'IN_CONSULTATION', 'FINAL'";

  /**
   * The stage as a SQL expression over {@code d} (the draft), {@code r} (its latest round) and
   * {@code k} (its latest consultation), both left-joined.
   */
  static final String SQL =
      "case when d.status = 'FINAL' then 'FINAL'"
          + " when k.id is not null then 'IN_CONSULTATION'"
          + " when r.id is not null and r.closed_at is null then 'IN_COORDINATION'"
          + " else 'SHARED' end";

  /**
   * @param roundStatus the latest round's (PLANNED, OPEN, CLOSED) or null
   * @param consultationId the latest consultation's or null
   */
  static Stage of(String draftStatus, String roundStatus, Long consultationId) {
    if ("FINAL".equals(draftStatus)) {
      return FINAL;
    }
    if (consultationId != null) {
      return IN_CONSULTATION;
    }
    if ("OPEN".equals(roundStatus) || "PLANNED".equals(roundStatus)) {
      return IN_COORDINATION;
    }
    return SHARED;
  }
}
