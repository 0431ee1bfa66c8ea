/**
 * The use cases on meetings. The secretariat plans a meeting at once from a {@link
 * org.plenary.agenda.meetings.application.MeetingPlan} ({@link
 * org.plenary.agenda.meetings.application.MeetingPlanning}), edits its draft one change at a time
 * with optimistic locking ({@link org.plenary.agenda.meetings.application.AgendaEditing}), and
 * publishes numbered versions and compares them ({@link
 * org.plenary.agenda.meetings.application.AgendaPublishing}); anyone reads the latest published
 * agendas ({@link org.plenary.agenda.meetings.application.MeetingCatalog}).
 */
package org.plenary.agenda.meetings.application;
