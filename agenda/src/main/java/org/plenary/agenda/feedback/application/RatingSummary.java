package org.plenary.agenda.feedback.application;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.plenary.agenda.feedback.domain.Ratings;

/**
 * How often each rating from 1 to 5 was given: the count, the average (null when nobody rated) and
 * the distribution ({@code distribution().get(0)} is how many gave 1).
 */
public record RatingSummary(long count, Double average, List<Long> distribution)
    implements Serializable {
  public RatingSummary {
    distribution = Collections.unmodifiableList(new ArrayList<>(distribution));
  }

  /** Builds the summary from how many gave each rating. */
  public static RatingSummary of(long[] perRating) {
    if (perRating.length != Ratings.HIGHEST) {
      throw new IllegalArgumentException("one count per rating from 1 to " + Ratings.HIGHEST);
    }
    long count = 0;
    long sum = 0;
    List<Long> distribution = new ArrayList<>();
    for (int i = 0; i < perRating.length; i++) {
      count += perRating[i];
      sum += perRating[i] * (i + 1);
      distribution.add(perRating[i]);
    }
    Double average = count == 0 ? null : Math.round(sum * 100.0 / count) / 100.0;
    return new RatingSummary(count, average, distribution);
  }

  /** Adds rows of (rating, count) from a grouped query to counts per rating. */
  static void add(long[] perRating, Number rating, Number count) {
    int r = rating.intValue();
    if (r >= Ratings.LOWEST && r <= Ratings.HIGHEST) {
      perRating[r - 1] += count.longValue();
    }
  }
}
