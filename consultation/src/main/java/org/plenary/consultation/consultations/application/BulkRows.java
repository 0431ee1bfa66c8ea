package org.plenary.consultation.consultations.application;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Set;
import org.plenary.consultation.consultations.domain.BulkRefused;
import org.plenary.consultation.consultations.domain.BulkRefused.RowError;
import org.plenary.consultation.consultations.domain.CommentText;
import org.plenary.core.shared.Jsons;

/**
 * Reads the comments of a bulk upload one at a time from a stream, never the whole body: CSV (RFC
 * 4180, a header line naming the columns) or JSON lines (one object per line). The fields are those
 * of a single comment: {@code text}, {@code section} (empty for the whole draft), {@code name},
 * {@code category}, {@code country}. Anything else is refused by name.
 */
public final class BulkRows {
  static final Set<String> FIELDS = Set.of("text", "section", "name", "category", "country");

  /** A CSV field or a JSON line longer than this is refused rather than held in memory. */
  static final int MAX_CHARS = CommentText.MAX_LENGTH * 2 + 1000;

  private BulkRows() {}

  /**
   * The rows of a CSV upload. A header naming an unknown column, or missing {@code text}, is
   * refused at once (row 0).
   */
  public static Iterator<BulkRow> csv(Reader body) {
    return new CsvRows(new BufferedReader(body, 1 << 16));
  }

  /** The rows of a JSON lines upload; blank lines are skipped and not counted. */
  public static Iterator<BulkRow> jsonLines(Reader body) {
    return new JsonLines(new BufferedReader(body, 1 << 16));
  }

  private static void set(CommentForm form, String field, String value) {
    switch (field) {
      case "text" -> form.setText(value);
      case "name" -> form.setName(value);
      case "category" -> form.setCategory(value);
      case "country" -> form.setCountry(value);
      default -> throw new IllegalArgumentException(field);
    }
  }

  private static Integer section(String value) {
    String stripped = value == null ? "" : value.strip();
    if (stripped.isEmpty()) {
      return null;
    }
    try {
      return Integer.valueOf(stripped);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("section must be a number, or empty for the whole draft");
    }
  }

  private abstract static class Rows implements Iterator<BulkRow> {
    final BufferedReader in;
    long number;
    private BulkRow next;
    private boolean done;

    Rows(BufferedReader in) {
      this.in = in;
    }

    abstract BulkRow read() throws IOException;

    @Override
    public boolean hasNext() {
      if (next == null && !done) {
        try {
          next = read();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        done = next == null;
      }
      return next != null;
    }

    @Override
    public BulkRow next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      BulkRow row = next;
      next = null;
      return row;
    }
  }

  private static final class JsonLines extends Rows {
    JsonLines(BufferedReader in) {
      super(in);
    }

    @Override
    BulkRow read() throws IOException {
      String line;
      do {
        line = in.readLine();
        if (line == null) {
          return null;
        }
      } while (line.isBlank());
      long row = ++number;
      if (line.length() > MAX_CHARS) {
        return BulkRow.unreadable(row, "row", "the line is too long");
      }
      JsonObject object;
      try (JsonReader reader = Jsons.reader(new StringReader(line))) {
        JsonValue value = reader.readValue();
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
          return BulkRow.unreadable(row, "row", "each line must be one JSON object");
        }
        object = value.asJsonObject();
      } catch (jakarta.json.JsonException e) {
        return BulkRow.unreadable(row, "row", "the line is not valid JSON");
      }
      CommentForm form = new CommentForm();
      for (var entry : object.entrySet()) {
        String field = entry.getKey();
        JsonValue value = entry.getValue();
        if (!FIELDS.contains(field)) {
          return BulkRow.unreadable(row, field, "unknown field");
        }
        if (value.getValueType() == JsonValue.ValueType.NULL) {
          continue;
        }
        if (field.equals("section")) {
          if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
            return BulkRow.unreadable(row, field, "section must be a whole number");
          }
          try {
            form.setSection(number.intValueExact());
          } catch (ArithmeticException e) {
            // 4294967297 was read as section 1
            return BulkRow.unreadable(row, field, "section must be a whole number");
          }
        } else if (value instanceof JsonString string) {
          set(form, field, string.getString());
        } else {
          return BulkRow.unreadable(row, field, field + " must be a string");
        }
      }
      return BulkRow.of(row, form);
    }
  }

  private static final class CsvRows extends Rows {
    private final char[] buffer = new char[1 << 14];
    private int at;
    private int end;
    private List<String> columns;
    private boolean eof;

    CsvRows(BufferedReader in) {
      super(in);
    }

    /** The next character, or -1 at the end: from a plain array, not a lock per character. */
    private int nextChar() throws IOException {
      if (at == end && !fill()) {
        return -1;
      }
      return buffer[at++];
    }

    /** The next character without consuming it, or -1 at the end. */
    private int peek() throws IOException {
      if (at == end && !fill()) {
        return -1;
      }
      return buffer[at];
    }

    private boolean fill() throws IOException {
      int n = in.read(buffer, 0, buffer.length);
      at = 0;
      end = Math.max(n, 0);
      return n > 0;
    }

    @Override
    BulkRow read() throws IOException {
      if (columns == null) {
        List<String> header = record();
        if (header == null) {
          throw refused("row", "the CSV needs a header line naming its columns");
        }
        columns = new ArrayList<>();
        for (String column : header) {
          String name = column.strip().toLowerCase(Locale.ROOT);
          if (!FIELDS.contains(name) || columns.contains(name)) {
            throw refused(column, "unknown or repeated column");
          }
          columns.add(name);
        }
        if (!columns.contains("text")) {
          throw refused("text", "the CSV needs a text column");
        }
      }
      List<String> values;
      try {
        values = record();
      } catch (IllegalStateException tooLong) {
        long row = ++number;
        skipLine();
        return BulkRow.unreadable(row, "row", tooLong.getMessage());
      }
      while (values != null && values.size() == 1 && values.get(0).isEmpty() && !eof) {
        values = record(); // a blank line
      }
      if (values == null || (values.size() == 1 && values.get(0).isEmpty())) {
        return null;
      }
      long row = ++number;
      if (values.size() != columns.size()) {
        return BulkRow.unreadable(
            row, "row", "the row has " + values.size() + " fields, the header " + columns.size());
      }
      CommentForm form = new CommentForm();
      for (int i = 0; i < values.size(); i++) {
        String field = columns.get(i);
        String value = values.get(i);
        if (field.equals("section")) {
          try {
            form.setSection(section(value));
          } catch (IllegalArgumentException e) {
            return BulkRow.unreadable(row, field, e.getMessage());
          }
        } else {
          set(form, field, value.isEmpty() ? null : value);
        }
      }
      return BulkRow.of(row, form);
    }

    private static BulkRefused refused(String field, String message) {
      return new BulkRefused(List.of(new RowError(0, field, message)), 1, 0);
    }

    private void skipLine() throws IOException {
      int c;
      while ((c = nextChar()) != -1 && c != '\n') {
        // drop the rest of an overlong line
      }
      eof = c == -1;
    }

    /** The next record's fields, or null at the end; quoted fields may hold line breaks. */
    private List<String> record() throws IOException {
      if (eof) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      boolean any = false;
      int c;
      while (true) {
        c = nextChar();
        if (c == -1) {
          eof = true;
          if (!any && fields.isEmpty()) {
            return null;
          }
          fields.add(field.toString());
          return fields;
        }
        any = true;
        if (field.length() > MAX_CHARS) {
          throw new IllegalStateException("a field is too long");
        }
        if (quoted) {
          if (c == '"') {
            if (peek() == '"') {
              nextChar();
              field.append('"');
            } else {
              quoted = false;
            }
          } else {
            field.append((char) c);
          }
        } else if (c == '"' && field.length() == 0) {
          quoted = true;
        } else if (c == ',') {
          fields.add(field.toString());
          field.setLength(0);
        } else if (c == '\n') {
          fields.add(field.toString());
          return fields;
        } else if (c != '\r') {
          field.append((char) c);
        }
      }
    }
  }
}
