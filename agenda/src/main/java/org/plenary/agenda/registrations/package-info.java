/**
 * Registration for meetings: which days, side meetings and social event a person comes to, their
 * needs, and the social event's seats with a waiting list.
 */
package org.plenary.agenda.registrations;
