/**
 * Statistics of a consultation: comments over time, by respondent category, country and section,
 * and responses by outcome, each counted by a GROUP BY on the database.
 */
package org.plenary.consultation.statistics;
