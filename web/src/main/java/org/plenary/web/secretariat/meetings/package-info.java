/**
 * The secretariat's meeting pages (/secretariat/meetings/): the list of meetings; a meeting's
 * editor with its days, rooms, items, day timeline and keyboard controls; publishing an agenda's
 * versions and reading what changed between them; and copying a meeting as the template for the
 * next one. Every change goes through {@link org.plenary.agenda.meetings.application.AgendaEditing}
 * or {@link org.plenary.agenda.meetings.application.AgendaPublishing}, which check the agenda's
 * rules and the version the editor saw; their refusals come back as messages beside the field
 * concerned.
 */
package org.plenary.web.secretariat.meetings;
