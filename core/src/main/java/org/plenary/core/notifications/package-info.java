/**
 * Notifications: what a person is told about in the application (a bell and a list) and, if they
 * opted in, by e-mail: a new version of a draft of one of their groups, a reply to their comment.
 */
package org.plenary.core.notifications;
