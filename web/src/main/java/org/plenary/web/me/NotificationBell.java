package org.plenary.web.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.plenary.core.notifications.application.Notifications;

/** How many unread notifications the signed-in person has, for the link in the layout. */
@Named
@RequestScoped
public class NotificationBell {
  @Inject Notifications notifications;

  private Long unread;

  public long getUnread() {
    if (unread == null) {
      unread = notifications.countUnread();
    }
    return unread;
  }
}
