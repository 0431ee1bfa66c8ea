package org.plenary.web.rest;

import jakarta.annotation.Priority;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.plenary.core.shared.Jsons;
import org.plenary.web.security.UnsafeText;

/**
 * Reads every JSON request body of the API once before it is bound, so that whatever binds it
 * (JSON-B to a body class, JSON-P to an object) only ever sees a body that is at most {@code
 * plenary.api.max-body-bytes} long (413 otherwise), well-formed JSON (400 {@code BODY_NOT_JSON}
 * with the line and column), nested at most {@value #MAX_DEPTH} levels deep (400 {@code
 * BODY_TOO_DEEP}) and free of control characters and broken Unicode in any name or text (400 naming
 * the field: PostgreSQL refuses NUL in text, and no text of Plenary needs the others). A body that
 * is only {@code null} is refused as a missing one (400 naming {@code body}), and so is a number
 * that is not a whole number within an int's range (400 naming its field: no number of the API is
 * another, and JSON-B would wrap or cut it in silence).
 */
@Provider
@Priority(Priorities.ENTITY_CODER)
public class JsonBodyGuard implements ReaderInterceptor {
  /** Deeper than any body of the API; far below what would strain a parser. */
  static final int MAX_DEPTH = 32;

  /** 1 MiB by default: the longest texts of the API (minutes, comments) are far shorter. */
  static final long DEFAULT_MAX_BYTES = 1_048_576;

  /** How much of a body over the limit is read and dropped before the refusal. */
  private static final long DRAIN_BYTES = 64L * 1024 * 1024;

  private static final JsonParserFactory PARSERS = Jsons.parserFactory(Map.of());
  private static final BigDecimal SMALLEST = BigDecimal.valueOf(Integer.MIN_VALUE);
  private static final BigDecimal LARGEST = BigDecimal.valueOf(Integer.MAX_VALUE);

  private final long maxBytes = maxBytes();

  /** The configured limit of a JSON body ({@code plenary.api.max-body-bytes}). */
  static long maxBytes() {
    return ConfigProvider.getConfig()
        .getOptionalValue("plenary.api.max-body-bytes", Long.class)
        .orElse(DEFAULT_MAX_BYTES);
  }

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    MediaType type = context.getMediaType();
    if (type == null || !isJson(type)) {
      return context.proceed();
    }
    byte[] body = readAtMost(context.getInputStream(), maxBytes);
    if (body.length > 0) {
      inspect(body);
    }
    context.setInputStream(new ByteArrayInputStream(body));
    return context.proceed();
  }

  private static boolean isJson(MediaType type) {
    return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
  }

  /** Whether a Content-Type header names JSON. */
  static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      return isJson(MediaType.valueOf(contentType));
    } catch (IllegalArgumentException unparsable) {
      return false;
    }
  }

  /** The refusal of a body over the limit. */
  static BodyRefused tooLarge(long limit) {
    return new BodyRefused(
        BodyRefused.Code.BODY_TOO_LARGE,
        "The request body is larger than the " + limit + " bytes the API accepts.");
  }

  private static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
      total += read;
      if (total > limit) {
        drain(in, total);
        throw tooLarge(limit);
      }
      out.write(buffer, 0, read);
    }
    return out.toByteArray();
  }

  /**
   * Reads and drops the rest of a body over the limit, up to {@value #DRAIN_BYTES} bytes in all, so
   * that the client, still sending, reads the refusal instead of a closed connection.
   */
  static void drain(InputStream in, long read) throws IOException {
    byte[] buffer = new byte[8192];
    long total = read;
    for (int n = in.read(buffer); n >= 0 && total < DRAIN_BYTES; n = in.read(buffer)) {
      total += n;
    }
  }

  /** Walks the whole body as a stream of events, refusing at the first thing it cannot accept. */
  private static void inspect(byte[] body) {
    Deque<String> names = new ArrayDeque<>();
    String key = null;
    try (JsonParser parser = PARSERS.createParser(new ByteArrayInputStream(body))) {
      while (parser.hasNext()) {
        switch (parser.next()) {
          case START_OBJECT, START_ARRAY -> {
            if (names.size() >= MAX_DEPTH) {
              throw new BodyRefused(
                  BodyRefused.Code.BODY_TOO_DEEP,
                  "The request body is nested more than " + MAX_DEPTH + " levels deep.");
            }
            names.push(key == null ? "body" : key);
            key = null;
          }
          case END_OBJECT, END_ARRAY -> {
            names.pop();
            key = null;
          }
          case KEY_NAME -> {
            key = parser.getString();
            if (UnsafeText.isUnsafe(key)) {
              throw unsafe(names.isEmpty() ? "body" : names.peek());
            }
          }
          case VALUE_STRING -> {
            if (UnsafeText.isUnsafe(parser.getString())) {
              throw unsafe(key != null ? key : names.isEmpty() ? "body" : names.peek());
            }
          }
          case VALUE_NUMBER -> {
            // every number of the API is a whole number that fits an int: bound to one, a larger
            // one would wrap ({"seats":4294967346} stored 50) and a fraction would be cut (4.5
            // stored 4), both in silence
            String field = key != null ? key : names.isEmpty() ? "body" : names.peek();
            if (!parser.isIntegralNumber()) {
              throw new InvalidRequest(field, "must be a whole number");
            }
            BigDecimal number = parser.getBigDecimal();
            if (number.compareTo(SMALLEST) < 0 || number.compareTo(LARGEST) > 0) {
              throw new InvalidRequest(
                  field,
                  "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
            }
          }
          case VALUE_NULL -> {
            if (names.isEmpty()) {
              // the whole body is null: no operation takes that, and a body class bound to it
              // would reach the resource as null
              throw new InvalidRequest("body", "is required");
            }
          }
          default -> {
            // true, false, null inside: the binding judges them
          }
        }
      }
    } catch (JsonParsingException malformed) {
      JsonLocation where = malformed.getLocation();
      throw new BodyRefused(
          BodyRefused.Code.BODY_NOT_JSON,
          where == null
              ? "The request body is not well-formed JSON."
              : "The request body is not well-formed JSON (line "
                  + where.getLineNumber()
                  + ", column "
                  + where.getColumnNumber()
                  + ").");
    } catch (jakarta.json.JsonException unreadable) {
      throw new BodyRefused(
          BodyRefused.Code.BODY_NOT_JSON, "The request body is not readable as UTF-8 JSON.");
    }
  }

  private static InvalidRequest unsafe(String field) {
    return new InvalidRequest(field, ParameterGuard.MESSAGE);
  }
}
