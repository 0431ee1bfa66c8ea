package org.plenary.web.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who may open each page and call each endpoint: the table in {@code access-matrix.txt}, which
 * {@link AccessMatrixIT} walks against the running platform and {@link AccessMatrixDocsTest} keeps
 * written down in {@code docs/access-control.md}. One source, so the documentation cannot drift
 * from what the test proves.
 */
record AccessMatrix(List<Row> rows) {
  static final String RESOURCE = "/access-matrix.txt";

  /** The callers, in the order of the table's columns. */
  enum Actor {
    ANONYMOUS("anonymous", "nobody signed in"),
    DELEGATE("delegate", "DELEGATE, in two thematic groups, not in the owning group"),
    MEMBER("member", "MEMBER, coordinator of the owning group (the Task Force)"),
    OTHER_MEMBER("other member", "MEMBER of another group only"),
    MINISTRY("ministry", "MINISTRY"),
    SECRETARIAT("secretariat", "SECRETARIAT, observer of the owning group");

    final String heading;
    final String description;

    Actor(String heading, String description) {
      this.heading = heading;
      this.description = description;
    }
  }

  /** One request and, per actor, whether it is let through. */
  record Row(String method, String path, boolean[] allowed, String body, String description) {
    boolean allows(Actor actor) {
      return allowed[actor.ordinal()];
    }

    boolean isPage() {
      return !path.startsWith("/api/");
    }

    /** The path with placeholders as OpenAPI writes them, and without the query. */
    String template() {
      String bare = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
      return PLACEHOLDER.matcher(bare).replaceAll("{}");
    }
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^}]+}");

  static AccessMatrix load() {
    try (InputStream in = AccessMatrix.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static AccessMatrix parse(String text) {
    List<Row> rows = new ArrayList<>();
    int number = 0;
    for (String line : text.split("\n")) {
      number++;
      String content = line.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      String[] parts = content.split("\\s+", 3 + Actor.values().length);
      if (parts.length < 2 + Actor.values().length) {
        throw new IllegalArgumentException("line " + number + ": too few columns: " + line);
      }
      boolean[] allowed = new boolean[Actor.values().length];
      for (int i = 0; i < allowed.length; i++) {
        String cell = parts[2 + i];
        if (!cell.equals("+") && !cell.equals("-")) {
          throw new IllegalArgumentException("line " + number + ": not + or -: " + cell);
        }
        allowed[i] = cell.equals("+");
      }
      String description = parts.length > 2 + allowed.length ? parts[2 + allowed.length] : "";
      String body = "{}";
      if (description.startsWith("body:")) {
        String[] split = description.split("\\s+", 2);
        body = split[0].substring("body:".length());
        description = split.length > 1 ? split[1] : "";
      }
      rows.add(new Row(parts[0], parts[1], allowed, body, description));
    }
    return new AccessMatrix(List.copyOf(rows));
  }

  /** The table as the documentation shows it. */
  String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("# Who may do what\n\n")
        .append("Generated from `web/src/test/resources/access-matrix.txt`, the table that\n")
        .append("`AccessMatrixIT` walks against the running platform on every build, as each of\n")
        .append("these callers (✓ let through, ✗ refused: 401 or 403 from the API, the login\n")
        .append("page or 403 for a page). Regenerate with\n")
        .append("`mvn -B -pl web -am test -Dtest=AccessMatrixDocsTest")
        .append(" -Dsurefire.failIfNoSpecifiedTests=false -Dplenary.docs.write=true`.\n\n");
    for (Actor actor : Actor.values()) {
      out.append("- **").append(actor.heading).append("**: ").append(actor.description);
      out.append('\n');
    }
    table(out, "Pages", true);
    table(out, "REST API", false);
    return out.toString();
  }

  private void table(StringBuilder out, String title, boolean pages) {
    out.append("\n## ").append(title).append("\n\n| Request |");
    Arrays.stream(Actor.values()).forEach(a -> out.append(' ').append(a.heading).append(" |"));
    out.append(" What it is |\n|---|");
    out.append("---|".repeat(Actor.values().length)).append("---|\n");
    for (Row row : rows) {
      if (row.isPage() != pages) {
        continue;
      }
      out.append("| `").append(pages ? row.path() : row.method() + " " + row.path()).append("` |");
      for (Actor actor : Actor.values()) {
        out.append(row.allows(actor) ? " ✓ |" : " ✗ |");
      }
      out.append(' ').append(row.description().replace("|", "\\|")).append(" |\n");
    }
  }
}
