/** The hourly reminder of overdue decisions and actions. */
package org.plenary.agenda.outcomes.infrastructure;
