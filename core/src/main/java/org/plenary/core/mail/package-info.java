/**
 * Outgoing e-mail: a {@link org.plenary.core.mail.Mail} is fired as a CDI event inside the
 * transaction that decides to send it; {@link org.plenary.core.mail.MailDispatch} stores it in the
 * durable {@link org.plenary.core.mail.MailOutbox} in that transaction and, once it has committed,
 * hands it to a managed thread that sends it through the SMTP {@link org.plenary.core.mail.Mailer};
 * {@link org.plenary.core.mail.MailRetryTimer} retries what could not be sent.
 */
package org.plenary.core.mail;
