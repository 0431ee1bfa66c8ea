package org.plenary.consultation.campaigns.application;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One text and how many published comments of a consultation carry it ({@code hash} is the
 * normalised text's hash that groups them); the first copy's text that is not hidden stands for
 * all. When the drafter hid every copy, {@code text} is null and {@code hiddenReason} says why.
 * {@code answered} counts the copies with a response; {@code outcome} and {@code response} are the
 * first copy's.
 */
public class Campaign implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String hash;
  private final String text;
  private final String hiddenReason;
  private final long count;
  private final long answered;
  private final OffsetDateTime firstAt;
  private final OffsetDateTime lastAt;
  private final String outcome;
  private final String response;

  public Campaign(
      String hash,
      String text,
      String hiddenReason,
      long count,
      long answered,
      OffsetDateTime firstAt,
      OffsetDateTime lastAt,
      String outcome,
      String response) {
    this.hash = hash;
    this.text = text;
    this.hiddenReason = hiddenReason;
    this.count = count;
    this.answered = answered;
    this.firstAt = firstAt;
    this.lastAt = lastAt;
    this.outcome = outcome;
    this.response = response;
  }

  public String getHash() {
    return hash;
  }

  public String getText() {
    return text;
  }

  /** Why the drafter hid every copy, or null when one is shown. */
  public String getHiddenReason() {
    return hiddenReason;
  }

  public boolean isHidden() {
    return hiddenReason != null;
  }

  public long getCount() {
    return count;
  }

  public long getAnswered() {
    return answered;
  }

  public OffsetDateTime getFirstAt() {
    return firstAt;
  }

  public OffsetDateTime getLastAt() {
    return lastAt;
  }

  public String getOutcome() {
    return outcome;
  }

  public String getResponse() {
    return response;
  }
}
