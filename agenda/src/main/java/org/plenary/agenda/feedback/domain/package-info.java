/**
 * Evaluations of sessions, feedback forms with their questions, and responses, with the rules that
 * decide what may be answered when: ratings 1 to 5, not before a session starts, only while a form
 * is open, required questions answered, choices among those offered.
 */
package org.plenary.agenda.feedback.domain;
