package org.plenary.web.groups;

import java.io.Serializable;
import org.plenary.core.drafts.domain.DraftComparison;

/**
 * A page that compares two versions of a draft ({@code from}, {@code to}, shown inline or side by
 * side by {@code mode}), for /WEB-INF/includes/draft-comparison.xhtml: the group's and the
 * public's.
 */
public abstract class VersionComparisonPage implements Serializable {
  private static final long serialVersionUID = 1L;

  private Integer from;
  private Integer to;
  private String mode;

  /** What changed; set by the page's loading. */
  protected DraftComparison comparison;

  /** Refuses a request that does not name both versions. */
  protected void requireVersions() {
    if (from == null || to == null) {
      throw new IllegalArgumentException("from and to are needed");
    }
  }

  public boolean isSideBySide() {
    return "side".equals(mode);
  }

  public Integer getFrom() {
    return from;
  }

  public void setFrom(Integer from) {
    this.from = from;
  }

  public Integer getTo() {
    return to;
  }

  public void setTo(Integer to) {
    this.to = to;
  }

  public String getMode() {
    return mode;
  }

  public void setMode(String mode) {
    this.mode = mode;
  }

  public DraftComparison getComparison() {
    return comparison;
  }
}
