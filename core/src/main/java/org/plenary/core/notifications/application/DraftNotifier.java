package org.plenary.core.notifications.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.plenary.core.drafts.application.CommentReplied;
import org.plenary.core.drafts.application.DraftVersionSaved;
import org.plenary.core.notifications.domain.NotificationKind;

/**
 * Tells people what happened to their groups' drafts, inside the transaction that did it: every
 * other member of the group about a new version (one INSERT ... SELECT, whatever the group's size),
 * the author of a thread about a reply; and, by e-mail, those of them who opted in (one query).
 */
@ApplicationScoped
public class DraftNotifier {
  private static final String INSERT =
      "insert into notification"
          + " (recipient, kind, draft_id, version_number, title, actor_name, created_at)"
          + " select a.username, cast(?1 as varchar(30)), cast(?2 as bigint), cast(?3 as integer),"
          + " cast(?4 as varchar(300)), cast(?5 as varchar(200)),"
          + " cast(?6 as timestamp with time zone)";

  private static final String RECIPIENTS =
      " from account a join person p on p.id = a.person_id where a.enabled = true";

  private static final String MAIL_COLUMNS = "select p.email, s.language, p.full_name";
  private static final String OPTED_IN =
      " join notification_settings s on s.username = a.username"
          + " where a.enabled = true and s.by_email = true and p.email is not null";

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<NotificationMail> mails;

  void versionSaved(@Observes DraftVersionSaved saved) {
    String members =
        " and a.person_id in (select m.person_id from group_membership m where m.group_id = ?A)"
            + " and a.username <> ?B";
    fanOut(
        NotificationKind.DRAFT_VERSION,
        saved.draftId(),
        saved.versionNumber(),
        saved.title(),
        saved.authorName(),
        members,
        saved.groupId(),
        saved.author());
  }

  void replied(@Observes CommentReplied reply) {
    fanOut(
        NotificationKind.COMMENT_REPLY,
        reply.draftId(),
        reply.versionNumber(),
        reply.title(),
        reply.replierName(),
        " and a.username = ?A and a.username <> ?B",
        reply.threadAuthor(),
        reply.replier());
  }

  private void fanOut(
      NotificationKind kind,
      long draftId,
      int versionNumber,
      String title,
      String actorName,
      String who,
      Object whoFirst,
      Object whoSecond) {
    em.createNativeQuery(INSERT + RECIPIENTS + who.replace("?A", "?7").replace("?B", "?8"))
        .setParameter(1, kind.name())
        .setParameter(2, draftId)
        .setParameter(3, versionNumber)
        .setParameter(4, title)
        .setParameter(5, actorName)
        .setParameter(6, clock.instant().atOffset(ZoneOffset.UTC))
        .setParameter(7, whoFirst)
        .setParameter(8, whoSecond)
        .executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object[]> optedIn =
        em.createNativeQuery(
                MAIL_COLUMNS
                    + " from account a join person p on p.id = a.person_id"
                    + OPTED_IN
                    + who.replace("?A", "?1").replace("?B", "?2"))
            .setParameter(1, whoFirst)
            .setParameter(2, whoSecond)
            .getResultList();
    for (Object[] row : optedIn) {
      mails.fire(
          new NotificationMail(
              (String) row[0],
              (String) row[1],
              (String) row[2],
              kind,
              title,
              actorName,
              draftId,
              versionNumber));
    }
  }
}
