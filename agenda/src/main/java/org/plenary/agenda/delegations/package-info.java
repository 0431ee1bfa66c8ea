/**
 * Delegations: a country's or organisation's people at one meeting, with a head, members and
 * alternates, and the substitution of an alternate for a member that moves the member's seat.
 */
package org.plenary.agenda.delegations;
