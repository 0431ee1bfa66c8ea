package org.plenary.consultation.consultations.domain;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A bulk upload refused as a whole because some of its rows break the rules: nothing of it was
 * stored. {@link #errors()} names the first rows' problems (row, field, message); {@link
 * #errorCount()} counts them all.
 */
@ApplicationException(rollback = true)
public class BulkRefused extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<RowError> errors;
  private final long errorCount;
  private final long rows;

  public BulkRefused(List<RowError> errors, long errorCount, long rows) {
    super(errorCount + " of " + rows + " rows break the rules: nothing was stored");
    this.errors = List.copyOf(errors);
    this.errorCount = errorCount;
    this.rows = rows;
  }

  public List<RowError> errors() {
    return errors;
  }

  public long errorCount() {
    return errorCount;
  }

  public long rows() {
    return rows;
  }

  /**
   * What is wrong with one row: its number (the first comment of the upload is row 1), the field to
   * correct and why.
   */
  public record RowError(long row, String field, String message) {}
}
