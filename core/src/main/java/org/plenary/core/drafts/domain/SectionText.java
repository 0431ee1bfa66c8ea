package org.plenary.core.drafts.domain;

/**
 * A section as an author submits it: the key of the section it continues (null for a new one), a
 * heading, and a body of HTML that is sanitized before it is kept.
 */
public record SectionText(String key, String heading, String body) {}
