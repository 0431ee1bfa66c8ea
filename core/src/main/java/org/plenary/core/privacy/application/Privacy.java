package org.plenary.core.privacy.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.plenary.core.audit.application.AuditLog;
import org.plenary.core.audit.domain.AuditAction;
import org.plenary.core.audit.domain.AuditObjectType;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.Jsons;

/**
 * A signed-in person's own data: all of it as one JSON document, and its erasure (GDPR articles 15,
 * 17 and 20). The download gathers the core's records (person, account, groups, drafts, comments on
 * drafts, notifications, account requests, the audit entries of what they did) and every module's
 * {@link PersonalData} part. Erasure anonymises in one transaction: the rows reports and statistics
 * count stay (a comment's text, a rating, a registration's days and seat), what identifies the
 * person goes (name, e-mail, position, user name, free-text needs); the account is deleted, so
 * nobody signs in as them again; the audit log keeps what was done under the erased name.
 */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY})
public class Privacy {
  /** The name an erased person's rows show instead of theirs. */
  public static final String ERASED_NAME = "Erased person";

  /** Core columns that name the user who did something: they take the erased user name. */
  private static final Map<String, List<String>> USER_NAME_COLUMNS =
      Map.of(
          "draft_version", List.of("author"),
          "draft_comment", List.of("author", "state_changed_by"),
          "draft_status_change", List.of("changed_by"),
          "stored_file", List.of("created_by"),
          "account_request", List.of("decided_by"),
          "audit_entry", List.of("actor"));

  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject @Any Instance<PersonalData> parts;

  @Inject
  @ConfigProperty(name = "plenary.unconfirmed.retention", defaultValue = "P7D")
  String unconfirmedRetention;

  /** Everything Plenary holds about the caller. */
  public JsonObject export() {
    DataSubject me = caller();
    JsonObjectBuilder document =
        Jsons.object()
            .add("exportedAt", clock.instant().toString())
            .add(
                "person",
                PersonalRows.of(
                    em,
                    "select p.full_name, p.position, p.email, o.name, o.category, c.code from person p"
                        + " left join organisation o on o.id = p.organisation_id"
                        + " left join country c on c.id = o.country_id where p.id = ?1",
                    List.of("fullName", "position", "email", "organisation", "category", "country"),
                    me.personId()))
            .add(
                "account",
                PersonalRows.of(
                    em,
                    "select a.username, a.enabled, a.created_at, r.role from account a"
                        + " left join account_role r on r.account_id = a.id"
                        + " where a.username = ?1 order by r.role",
                    List.of("username", "enabled", "createdAt", "role"),
                    me.username()))
            .add(
                "groups",
                PersonalRows.of(
                    em,
                    "select g.slug, g.name, m.role, m.since from group_membership m"
                        + " join working_group g on g.id = m.group_id where m.person_id = ?1"
                        + " order by g.slug",
                    List.of("group", "name", "role", "since"),
                    me.personId()))
            .add(
                "draftVersions",
                PersonalRows.of(
                    em,
                    "select d.id, d.title, v.number, v.created_at, v.change_note from draft_version v"
                        + " join draft d on d.id = v.draft_id where v.author = ?1"
                        + " order by v.created_at",
                    List.of("draft", "title", "version", "createdAt", "note"),
                    me.username()))
            .add(
                "draftComments",
                PersonalRows.of(
                    em,
                    "select draft_id, version_number, section_key, quote, body, created_at, state"
                        + " from draft_comment where author = ?1 order by created_at",
                    List.of("draft", "version", "section", "quote", "text", "createdAt", "state"),
                    me.username()))
            .add(
                "notifications",
                PersonalRows.of(
                    em,
                    "select kind, draft_id, version_number, title, actor_name, created_at, read_at"
                        + " from notification where recipient = ?1 order by created_at",
                    List.of("kind", "draft", "version", "title", "by", "createdAt", "readAt"),
                    me.username()))
            .add(
                "accountRequests",
                PersonalRows.of(
                    em,
                    "select kind, status, full_name, email, organisation_name, country_code,"
                        + " category, requested_role, created_at, decided_at from account_request"
                        + " where email = ?1 or username = ?2 order by created_at",
                    List.of(
                        "kind",
                        "status",
                        "fullName",
                        "email",
                        "organisation",
                        "country",
                        "category",
                        "role",
                        "createdAt",
                        "decidedAt"),
                    String.valueOf(me.email()),
                    me.username()))
            .add(
                "auditLog",
                PersonalRows.of(
                    em,
                    "select occurred_at, action, object_type, object_id, details from audit_entry"
                        + " where actor = ?1 order by occurred_at, id",
                    List.of("at", "action", "objectType", "objectId", "details"),
                    me.username()));
    parts.stream()
        .sorted(Comparator.comparing(PersonalData::part))
        .forEach(part -> document.add(part.part(), part.export(me)));
    return document.build();
  }

  /**
   * Erases the caller, who confirms by typing their user name.
   *
   * @throws ErasureRefused when the confirmation is not their user name
   */
  public void erase(String confirmation) {
    DataSubject me = caller();
    if (confirmation == null || !confirmation.strip().equals(me.username())) {
      throw new ErasureRefused("type your user name to confirm");
    }
    audit.record(AuditAction.PRIVACY_ERASED, AuditObjectType.PERSON, me.personId(), null);
    em.flush();
    parts.forEach(part -> part.erase(me));
    PersonalRows.rename(em, USER_NAME_COLUMNS, me);
    PersonalRows.update(
        em,
        "update draft_version set author_name = ?1 where author = ?2",
        ERASED_NAME,
        me.erasedName());
    PersonalRows.update(
        em,
        "update draft_comment set author_name = ?1 where author = ?2",
        ERASED_NAME,
        me.erasedName());
    PersonalRows.update(em, "delete from notification where recipient = ?1", me.username());
    PersonalRows.update(em, "delete from notification_settings where username = ?1", me.username());
    PersonalRows.update(
        em,
        "delete from account_request where (email = ?1 or username = ?2) and status <> 'APPROVED'",
        String.valueOf(me.email()),
        me.username());
    PersonalRows.update(
        em,
        "update account_request set full_name = ?1, email = ?2, organisation_name = null,"
            + " username = ?2, password_hash = null where email = ?3 or username = ?4",
        ERASED_NAME,
        me.erasedName(),
        String.valueOf(me.email()),
        me.username());
    PersonalRows.update(em, "delete from group_membership where person_id = ?1", me.personId());
    PersonalRows.update(
        em,
        "delete from account_role where account_id in"
            + " (select id from account where username = ?1)",
        me.username());
    PersonalRows.update(em, "delete from account where username = ?1", me.username());
    PersonalRows.update(
        em,
        "update person set full_name = ?1, position = null, email = null where id = ?2",
        ERASED_NAME,
        me.personId());
    em.getEntityManagerFactory().getCache().evictAll();
  }

  /**
   * Deletes the submissions nobody confirmed within the retention period ({@code
   * plenary.unconfirmed.retention}, ISO-8601, 7 days by default): account requests whose e-mail
   * address was never confirmed, and every module's unconfirmed submissions (such as comments on
   * consultations sent without an account). Returns how many; run every hour by {@code
   * UnconfirmedExpiryTimer}.
   */
  @RolesAllowed(Roles.SECRETARIAT)
  public int expireUnconfirmed() {
    OffsetDateTime cutoff = clock.instant().minus(retention()).atOffset(ZoneOffset.UTC);
    int expired =
        PersonalRows.update(
            em,
            "delete from account_request where status = 'UNCONFIRMED' and created_at < ?1",
            cutoff);
    for (PersonalData part : parts) {
      expired += part.expireUnconfirmed(cutoff);
    }
    return expired;
  }

  private Duration retention() {
    Duration retention = Duration.parse(unconfirmedRetention);
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalStateException("plenary.unconfirmed.retention must be positive");
    }
    return retention;
  }

  private DataSubject caller() {
    String username = session.getCallerPrincipal().getName();
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "select p.id, p.email from account a join person p on p.id = a.person_id"
                        + " where a.username = ?1")
                .setParameter(1, username)
                .getSingleResult();
    return new DataSubject(((Number) row[0]).longValue(), username, (String) row[1]);
  }
}
