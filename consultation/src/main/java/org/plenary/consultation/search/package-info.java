/**
 * Search across documents under consideration (the consulted versions of public consultations) and
 * their published comments: full text on PostgreSQL, a word match on H2, ranked, with highlighted
 * snippets.
 */
package org.plenary.consultation.search;
