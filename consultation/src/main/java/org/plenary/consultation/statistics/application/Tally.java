package org.plenary.consultation.statistics.application;

import java.io.Serializable;

/**
 * One bar of a chart: a key (a day, a category, a country, a section number, an outcome) and a
 * count.
 */
public class Tally implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final long count;

  public Tally(String key, long count) {
    this.key = key;
    this.count = count;
  }

  public String getKey() {
    return key;
  }

  public long getCount() {
    return count;
  }
}
