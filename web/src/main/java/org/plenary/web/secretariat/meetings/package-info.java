/**
 * The secretariat's planning pages (/secretariat/meetings/): the list of meetings, and a meeting's
 * editor with its days, rooms, items, day timeline and keyboard controls. Every change goes through
 * {@link org.plenary.agenda.meetings.application.AgendaEditing}, which checks the agenda's rules
 * and the version the editor saw; its refusals come back as messages beside the field concerned.
 */
package org.plenary.web.secretariat.meetings;
