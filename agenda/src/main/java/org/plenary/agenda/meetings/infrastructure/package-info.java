/** Start-up work on the agenda's data that the database migrations cannot do in SQL. */
package org.plenary.agenda.meetings.infrastructure;
