/** Drafts, their versions and sections, rich text sanitizing and word-level differences. */
package org.plenary.core.drafts.domain;
