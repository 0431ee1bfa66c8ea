/**
 * Registering, cancelling and the social event's capacity: the transaction and security boundary.
 * Seats are counted by conditional updates of one database row, never in memory.
 */
package org.plenary.agenda.registrations.application;
