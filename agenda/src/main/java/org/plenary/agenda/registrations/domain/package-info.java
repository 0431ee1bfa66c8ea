/**
 * The registration aggregate and its rules: who may come on which day, what may be combined, and a
 * seat on the social event or a place in the queue for one.
 */
package org.plenary.agenda.registrations.domain;
