/**
 * Meetings and their agendas: a meeting (or a side meeting attached to its main meeting), its days
 * with their audience rules, and the items of each day in time order with their key questions,
 * roles and steps.
 */
package org.plenary.agenda.meetings;
