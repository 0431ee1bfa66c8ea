package org.plenary.consultation.consultations.application;

import org.plenary.consultation.consultations.domain.BulkRefused.RowError;

/**
 * One comment of a bulk upload: its number (from 1) and the form read from it, or, when the row
 * could not even be read as a comment, what is wrong with it.
 */
public record BulkRow(long number, CommentForm form, RowError unreadable) {
  static BulkRow of(long number, CommentForm form) {
    return new BulkRow(number, form, null);
  }

  static BulkRow unreadable(long number, String field, String message) {
    return new BulkRow(number, null, new RowError(number, field, message));
  }
}
