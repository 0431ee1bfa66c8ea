package org.plenary.core.drafts.domain;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Word-level differences between two plain texts: runs of words that stayed, were deleted or were
 * inserted, in reading order (a replaced run reads as its deletion, then its insertion).
 */
public final class WordDiff {
  /** What happened to a run of words. */
  public enum Kind {
    SAME,
    DELETED,
    INSERTED
  }

  /** A run of words, joined by single spaces. */
  public static final class Segment implements Serializable {
    private final Kind kind;
    private final String text;

    Segment(Kind kind, String text) {
      this.kind = kind;
      this.text = text;
    }

    public Kind getKind() {
      return kind;
    }

    public String getText() {
      return text;
    }

    public boolean isSame() {
      return kind == Kind.SAME;
    }

    public boolean isDeleted() {
      return kind == Kind.DELETED;
    }

    public boolean isInserted() {
      return kind == Kind.INSERTED;
    }

    @Override
    public String toString() {
      return switch (kind) {
        case SAME -> text;
        case DELETED -> "[-" + text + "-]";
        case INSERTED -> "{+" + text + "+}";
      };
    }
  }

  private WordDiff() {}

  public static List<Segment> between(String before, String after) {
    List<String> from = words(before);
    List<String> to = words(after);
    List<Segment> segments = new ArrayList<>();
    int position = 0;
    for (AbstractDelta<String> delta : DiffUtils.diff(from, to).getDeltas()) {
      int start = delta.getSource().getPosition();
      add(segments, Kind.SAME, from.subList(position, start));
      add(segments, Kind.DELETED, delta.getSource().getLines());
      add(segments, Kind.INSERTED, delta.getTarget().getLines());
      position = start + delta.getSource().size();
    }
    add(segments, Kind.SAME, from.subList(position, from.size()));
    return List.copyOf(segments);
  }

  /** Whether the two texts have the same words (spacing aside). */
  public static boolean sameWords(String before, String after) {
    return words(before).equals(words(after));
  }

  private static List<String> words(String text) {
    String stripped = text == null ? "" : text.strip();
    return stripped.isEmpty() ? List.of() : Arrays.asList(stripped.split("\\s+"));
  }

  private static void add(List<Segment> segments, Kind kind, List<String> words) {
    if (words.isEmpty()) {
      return;
    }
    String text = String.join(" ", words);
    if (!segments.isEmpty() && segments.get(segments.size() - 1).kind == kind) {
      Segment last = segments.remove(segments.size() - 1);
      text = last.text + " " + text;
    }
    segments.add(new Segment(kind, text));
  }
}
