/**
 * Getting an account: someone asks for one and confirms their e-mail address through a single-use
 * link, and the secretariat approves or declines; or the secretariat invites someone, who sets a
 * password through a single-use link. Mails are announced as {@link
 * org.plenary.core.accounts.domain.AccountNotice} events, which the interface words in the person's
 * language.
 */
package org.plenary.core.accounts;
