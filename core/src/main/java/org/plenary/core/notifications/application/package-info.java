/** One's own notifications and settings; the fan-out from draft events to group members. */
package org.plenary.core.notifications.application;
