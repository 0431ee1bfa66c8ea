/**
 * English and French: the visitor's language for the session, the links that switch it, and the way
 * dates and times are written in each. Agenda content is never translated; only the words around it
 * are.
 */
package org.plenary.web.i18n;
