package org.plenary.agenda.outcomes.application;

import java.io.Serializable;
import java.time.OffsetDateTime;
import org.plenary.agenda.outcomes.domain.CorrectionDecision;
import org.plenary.agenda.outcomes.domain.MinutesCorrection;

/**
 * A proposed correction of the minutes as the log shows it: its number in the meeting, the item and
 * the passage it quotes, the wording proposed and why, who proposed it (name and delegation), and
 * the secretariat's decision with its reason.
 */
public record CorrectionView(
    int number,
    int version,
    String itemKey,
    String itemTitle,
    String passage,
    String wording,
    String comment,
    String proposerName,
    String proposerDelegation,
    OffsetDateTime proposedAt,
    CorrectionDecision decision,
    String reason,
    OffsetDateTime decidedAt)
    implements Serializable {

  static CorrectionView of(MinutesCorrection c) {
    return new CorrectionView(
        c.getNumber(),
        c.getCirculation().getNumber(),
        c.getItemKey(),
        c.getItemTitle(),
        c.getPassage(),
        c.getWording(),
        c.getComment(),
        c.getProposerName(),
        c.getProposerDelegation(),
        c.getProposedAt(),
        c.getDecision(),
        c.getReason(),
        c.getDecidedAt());
  }
}
