/**
 * Outgoing e-mail: a {@link org.plenary.core.mail.Mail} is fired as a CDI event inside the
 * transaction that decides to send it, and {@link org.plenary.core.mail.MailDispatch} hands it to
 * the SMTP {@link org.plenary.core.mail.Mailer} only once that transaction has committed.
 */
package org.plenary.core.mail;
