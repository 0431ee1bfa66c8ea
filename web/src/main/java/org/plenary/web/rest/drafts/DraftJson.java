package org.plenary.web.rest.drafts;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.plenary.core.drafts.domain.Draft;
import org.plenary.core.drafts.domain.DraftComparison;
import org.plenary.core.drafts.domain.DraftSection;
import org.plenary.core.drafts.domain.DraftVersion;
import org.plenary.core.drafts.domain.StatusChange;
import org.plenary.core.drafts.domain.WordDiff;
import org.plenary.core.files.domain.StoredFile;
import org.plenary.core.shared.Jsons;

/** Drafts, versions and comparisons as the API writes them. */
public final class DraftJson {
  private DraftJson() {}

  /** The draft with its status trail and, when given, one version's sections. */
  public static JsonObject draft(Draft draft, DraftVersion version) {
    JsonObjectBuilder json = summary(draft);
    JsonArrayBuilder trail = Jsons.array();
    for (StatusChange change : draft.getTrail()) {
      trail.add(
          Jsons.object()
              .add("status", change.getStatus().name())
              .add("at", change.getChangedAt().toString())
              .add("by", change.getChangedBy()));
    }
    json.add("trail", trail);
    if (version != null) {
      json.add("version", version(version));
    }
    return json.build();
  }

  public static JsonObjectBuilder summary(Draft draft) {
    return Jsons.object()
        .add("id", draft.getId())
        .add("title", draft.getTitle())
        .add("group", draft.getGroup().getSlug())
        .add("groupName", draft.getGroup().getName())
        .add("status", draft.getStatus().name())
        .add("latestVersion", draft.getLatestVersion());
  }

  /**
   * A version as the public reads it (a public draft's page): its number, date and sections, not
   * who wrote it nor the group's note.
   */
  public static JsonObject publicVersion(DraftVersion version) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("number", version.getNumber())
            .add("createdAt", version.getCreatedAt().toString());
    if (version.getFile() != null) {
      json.add(
          "file",
          file(
              version.getFile(),
              "tracker/" + version.getDraft().getId() + "/versions/" + version.getNumber()));
    }
    return json.add("sections", sections(version)).build();
  }

  public static JsonObject version(DraftVersion version) {
    JsonObjectBuilder json =
        Jsons.object()
            .add("number", version.getNumber())
            .add("author", version.getAuthor())
            .add("authorName", version.getAuthorName())
            .add("createdAt", version.getCreatedAt().toString());
    if (version.getChangeNote() != null) {
      json.add("note", version.getChangeNote());
    }
    StoredFile file = version.getFile();
    if (file != null) {
      json.add(
          "file",
          file(file, "drafts/" + version.getDraft().getId() + "/versions/" + version.getNumber()));
    }
    return json.add("sections", sections(version)).build();
  }

  /** A version's sections in order: number, stable key, heading, sanitized body. */
  public static JsonArrayBuilder sections(DraftVersion version) {
    JsonArrayBuilder sections = Jsons.array();
    List<DraftSection> list = version.getSections();
    for (int i = 0; i < list.size(); i++) {
      DraftSection section = list.get(i);
      sections.add(
          Jsons.object()
              .add("number", i + 1)
              .add("key", section.getKey())
              .add("heading", section.getHeading())
              .add("body", section.getBody()));
    }
    return sections;
  }

  public static JsonObject comparison(DraftComparison comparison) {
    JsonArrayBuilder sections = Jsons.array();
    for (DraftComparison.SectionComparison section : comparison.getSections()) {
      JsonObjectBuilder json =
          Jsons.object()
              .add("key", section.getKey())
              .add("change", section.getChange().name())
              .add("heading", segments(section.getHeading()))
              .add("body", segments(section.getBody()));
      if (section.getNumberBefore() != null) {
        json.add("numberBefore", section.getNumberBefore());
      }
      if (section.getNumberAfter() != null) {
        json.add("numberAfter", section.getNumberAfter());
      }
      sections.add(json);
    }
    return Jsons.object()
        .add("from", comparison.getFrom())
        .add("to", comparison.getTo())
        .add("sections", sections)
        .build();
  }

  /** A version's document: name, checked type, content type, size and where to download it. */
  private static JsonObjectBuilder file(StoredFile file, String version) {
    return Jsons.object()
        .add("name", file.getOriginalName())
        .add("type", file.getType().name())
        .add("contentType", file.getContentType())
        .add("size", file.getSize())
        .add("href", version + "/file");
  }

  private static JsonArrayBuilder segments(List<WordDiff.Segment> segments) {
    JsonArrayBuilder array = Jsons.array();
    segments.forEach(
        s -> array.add(Jsons.object().add("kind", s.getKind().name()).add("text", s.getText())));
    return array;
  }
}
