/**
 * Interministerial coordination and public consultation on drafts: rounds, positions, comments,
 * responses, reports and search. Depends on {@code core} only, never on {@code agenda}.
 */
package org.plenary.consultation;
