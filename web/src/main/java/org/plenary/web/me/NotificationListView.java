package org.plenary.web.me;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.plenary.core.notifications.application.Notifications;
import org.plenary.core.notifications.domain.Notification;
import org.plenary.web.Messages;
import org.plenary.web.groups.PagedList;
import org.plenary.web.groups.Pages;
import org.primefaces.model.LazyDataModel;

/**
 * The signed-in person's notifications (/me/notifications.xhtml), newest first, paged on the
 * database: opening one marks it read; all can be marked read at once.
 */
@Named
@ViewScoped
public class NotificationListView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject Notifications notifications;
  @Inject Messages messages;
  @Inject FacesContext faces;

  private LazyDataModel<Notification> rows;

  public LazyDataModel<Notification> getRows() {
    if (rows == null) {
      Notifications service = notifications;
      rows = new PagedList<>(service::mine, service::countMine, Notification::getId);
    }
    return rows;
  }

  /** Marks the notification read and opens the draft version it is about. */
  public void open(Notification notification) {
    notifications.markRead(notification.getId());
    Pages.redirect(
        faces,
        "/groups/draft.xhtml?draft="
            + notification.getDraftId()
            + "&version="
            + notification.getVersionNumber());
  }

  public void markAllRead() {
    notifications.markAllRead();
    messages.info("notifications.allRead");
  }

  /** What happened, in words: who did what to which draft. */
  public String describe(Notification notification) {
    return messages.text(
        "notifications.kind." + notification.getKind().name(),
        notification.getActorName(),
        notification.getVersionNumber(),
        notification.getTitle());
  }

  public long getUnread() {
    return notifications.countUnread();
  }
}
