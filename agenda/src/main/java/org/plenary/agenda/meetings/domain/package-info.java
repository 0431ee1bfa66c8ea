/**
 * The meeting aggregate. {@link org.plenary.agenda.meetings.domain.Meeting} owns its days, and each
 * day owns its items; every rule about dates, times and order is checked here and broken rules
 * arrive as {@link org.plenary.agenda.meetings.domain.AgendaRuleViolation}.
 */
package org.plenary.agenda.meetings.domain;
