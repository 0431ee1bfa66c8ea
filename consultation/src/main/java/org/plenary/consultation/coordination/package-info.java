/**
 * Interministerial coordination rounds: a draft version goes to the ministries and bodies the
 * drafter chooses, each answers with a position and remarks before a deadline counted in working
 * days, and fundamental objections must be settled before the draft moves on.
 */
package org.plenary.consultation.coordination;
