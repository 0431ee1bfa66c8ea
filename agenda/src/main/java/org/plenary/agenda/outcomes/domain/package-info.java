/** The minutes' records and the rules that refuse a change to them. */
package org.plenary.agenda.outcomes.domain;
