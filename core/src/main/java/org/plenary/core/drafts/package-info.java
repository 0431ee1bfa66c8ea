/**
 * Drafts written by a working group: ordered, numbered sections of sanitized rich text, saved as
 * immutable numbered versions; comparisons between versions; who may read a draft (its group until
 * a coordinator shares it) and the trail of its status. Consultation builds on a draft's version.
 */
package org.plenary.core.drafts;
