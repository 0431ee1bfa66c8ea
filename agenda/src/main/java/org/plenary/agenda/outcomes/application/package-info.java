/** Writing the minutes: the transaction and security boundary. */
package org.plenary.agenda.outcomes.application;
