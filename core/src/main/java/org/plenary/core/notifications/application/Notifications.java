package org.plenary.core.notifications.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.plenary.core.notifications.domain.Notification;
import org.plenary.core.notifications.domain.NotificationSettings;
import org.plenary.core.security.domain.Roles;
import org.plenary.core.shared.NotFoundException;

/** The caller's own notifications and their choice to get them by e-mail too. */
@Stateless
@RolesAllowed({Roles.SECRETARIAT, Roles.DELEGATE, Roles.MEMBER, Roles.MINISTRY})
public class Notifications {
  @PersistenceContext EntityManager em;
  @Resource SessionContext session;
  @Inject Clock clock;

  /** The caller's notifications, newest first, a page at a time. */
  public List<Notification> mine(int first, int size) {
    return em.createQuery(
            "select n from Notification n where n.recipient = :me"
                + " order by n.createdAt desc, n.id desc",
            Notification.class)
        .setParameter("me", caller())
        .setFirstResult(Math.max(0, first))
        .setMaxResults(Math.max(1, size))
        .getResultList();
  }

  public long countMine() {
    return em.createQuery("select count(n) from Notification n where n.recipient = :me", Long.class)
        .setParameter("me", caller())
        .getSingleResult();
  }

  /**
   * The caller's unread count, for the layout's link. Open to anyone: the layout is also drawn on
   * error pages, where the container may no longer pass the signed-in caller to EJBs; an anonymous
   * caller has none.
   */
  @PermitAll
  public long countUnread() {
    return em.createQuery(
            "select count(n) from Notification n where n.recipient = :me and n.readAt is null",
            Long.class)
        .setParameter("me", caller())
        .getSingleResult();
  }

  /** Marks one of the caller's notifications read; someone else's is not found. */
  public Notification markRead(long id) {
    Notification notification =
        Optional.ofNullable(em.find(Notification.class, id))
            .filter(n -> n.getRecipient().equals(caller()))
            .orElseThrow(() -> new NotFoundException("notification", id));
    notification.markRead(clock.instant());
    return notification;
  }

  /** Marks all the caller's notifications read. */
  public int markAllRead() {
    return em.createQuery(
            "update Notification n set n.readAt = :now where n.recipient = :me"
                + " and n.readAt is null")
        .setParameter("now", clock.instant().atOffset(ZoneOffset.UTC))
        .setParameter("me", caller())
        .executeUpdate();
  }

  /** The caller's settings (not by e-mail, in English, until they choose). */
  public NotificationSettings settings() {
    return Optional.ofNullable(em.find(NotificationSettings.class, caller()))
        .orElseGet(() -> new NotificationSettings(caller()));
  }

  /** Opts the caller in or out of e-mails, in {@code en} or {@code fr}. */
  public NotificationSettings choose(boolean byEmail, String language) {
    NotificationSettings settings = em.find(NotificationSettings.class, caller());
    if (settings == null) {
      settings = new NotificationSettings(caller());
      em.persist(settings);
    }
    settings.choose(byEmail, language);
    return settings;
  }

  private String caller() {
    return session.getCallerPrincipal().getName();
  }
}
