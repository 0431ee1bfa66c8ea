package org.plenary.consultation.coordination.domain;

/** A remark as a body writes it, before it becomes part of a position entry. */
public record RemarkText(RemarkKind kind, String sectionKey, String text) {}
