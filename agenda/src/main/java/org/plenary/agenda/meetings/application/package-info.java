/**
 * The use cases on meetings: the secretariat plans a meeting from a {@link
 * org.plenary.agenda.meetings.application.MeetingPlan} and publishes its agenda ({@link
 * org.plenary.agenda.meetings.application.MeetingPlanning}); anyone reads published agendas ({@link
 * org.plenary.agenda.meetings.application.MeetingCatalog}).
 */
package org.plenary.agenda.meetings.application;
