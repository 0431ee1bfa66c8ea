/**
 * What meetings produce: the minutes written per agenda item (summary, answers to the key
 * questions, decisions), kept safe while they are typed and guarded against lost updates.
 */
package org.plenary.agenda.outcomes;
