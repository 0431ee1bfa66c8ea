package org.plenary.core.drafts.domain;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What changed between two versions of a draft, section by section (sections are matched by key):
 * sections of the later version in its order, then the sections it no longer has.
 */
public final class DraftComparison implements Serializable {
  /** What happened to a section between the two versions. */
  public enum Change {
    UNCHANGED,
    CHANGED,
    MOVED,
    ADDED,
    REMOVED
  }

  /** One section in both versions (or in one of them), with its word-level differences. */
  public static final class SectionComparison implements Serializable {
    private final String key;
    private final Integer numberBefore;
    private final Integer numberAfter;
    private final Change change;
    private final List<WordDiff.Segment> heading;
    private final List<WordDiff.Segment> body;

    SectionComparison(
        String key,
        Integer numberBefore,
        Integer numberAfter,
        Change change,
        List<WordDiff.Segment> heading,
        List<WordDiff.Segment> body) {
      this.key = key;
      this.numberBefore = numberBefore;
      this.numberAfter = numberAfter;
      this.change = change;
      this.heading = heading;
      this.body = body;
    }

    public String getKey() {
      return key;
    }

    public Integer getNumberBefore() {
      return numberBefore;
    }

    public Integer getNumberAfter() {
      return numberAfter;
    }

    public Change getChange() {
      return change;
    }

    public boolean isChanged() {
      return change != Change.UNCHANGED;
    }

    /** The heading's words, inline: what stayed, what went, what came. */
    public List<WordDiff.Segment> getHeading() {
      return heading;
    }

    /** The body's words, inline. */
    public List<WordDiff.Segment> getBody() {
      return body;
    }

    /** The body as the earlier version had it, deletions marked (left of side by side). */
    public List<WordDiff.Segment> getBodyBefore() {
      return body.stream().filter(s -> !s.isInserted()).toList();
    }

    /** The body as the later version has it, insertions marked (right of side by side). */
    public List<WordDiff.Segment> getBodyAfter() {
      return body.stream().filter(s -> !s.isDeleted()).toList();
    }

    public List<WordDiff.Segment> getHeadingBefore() {
      return heading.stream().filter(s -> !s.isInserted()).toList();
    }

    public List<WordDiff.Segment> getHeadingAfter() {
      return heading.stream().filter(s -> !s.isDeleted()).toList();
    }
  }

  private final int from;
  private final int to;
  private final List<SectionComparison> sections;

  private DraftComparison(int from, int to, List<SectionComparison> sections) {
    this.from = from;
    this.to = to;
    this.sections = List.copyOf(sections);
  }

  public static DraftComparison of(DraftVersion before, DraftVersion after) {
    List<SectionComparison> sections = new ArrayList<>();
    List<DraftSection> old = before.getSections();
    List<DraftSection> now = after.getSections();
    for (int i = 0; i < now.size(); i++) {
      DraftSection section = now.get(i);
      int oldIndex = indexOf(old, section.getKey());
      if (oldIndex < 0) {
        sections.add(
            new SectionComparison(
                section.getKey(),
                null,
                i + 1,
                Change.ADDED,
                WordDiff.between("", section.getHeading()),
                WordDiff.between("", section.getPlainText())));
        continue;
      }
      DraftSection was = old.get(oldIndex);
      boolean textChanged =
          !Objects.equals(was.getHeading(), section.getHeading())
              || !WordDiff.sameWords(was.getPlainText(), section.getPlainText());
      Change change =
          textChanged ? Change.CHANGED : oldIndex == i ? Change.UNCHANGED : Change.MOVED;
      sections.add(
          new SectionComparison(
              section.getKey(),
              oldIndex + 1,
              i + 1,
              change,
              WordDiff.between(was.getHeading(), section.getHeading()),
              WordDiff.between(was.getPlainText(), section.getPlainText())));
    }
    for (int i = 0; i < old.size(); i++) {
      DraftSection was = old.get(i);
      if (indexOf(now, was.getKey()) < 0) {
        sections.add(
            new SectionComparison(
                was.getKey(),
                i + 1,
                null,
                Change.REMOVED,
                WordDiff.between(was.getHeading(), ""),
                WordDiff.between(was.getPlainText(), "")));
      }
    }
    return new DraftComparison(before.getNumber(), after.getNumber(), sections);
  }

  private static int indexOf(List<DraftSection> sections, String key) {
    for (int i = 0; i < sections.size(); i++) {
      if (sections.get(i).getKey().equals(key)) {
        return i;
      }
    }
    return -1;
  }

  public int getFrom() {
    return from;
  }

  public int getTo() {
    return to;
  }

  public List<SectionComparison> getSections() {
    return sections;
  }

  /** Only the sections that changed in some way. */
  public List<SectionComparison> getChangedSections() {
    return sections.stream().filter(SectionComparison::isChanged).toList();
  }
}
