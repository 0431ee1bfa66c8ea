package org.plenary.web.rest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JSON-B that binds every body of the API and writes every answer: the default one, except that
 * each value is read only from JSON of its own kind. Yasson reads a {@code Boolean} from any string
 * or number as {@code Boolean.parseBoolean} of its text (so {@code {"listed":"yes"}} was false), a
 * {@code String} from a number or {@code true} as its text, and an {@code Integer} or {@code Long}
 * from {@code "4"} as 4; now each of those is a 400 problem naming the property, as any value of
 * the wrong type. A boolean is JSON {@code true} or {@code false}, a text a JSON string, a whole
 * number a JSON number without a fraction in its type's range ({@link JsonBodyGuard} checks before
 * that every number of a body is a whole number that fits an int); {@code null} is null, as if
 * absent. Yasson applies no deserializer to a primitive, which it keeps reading its lenient way: no
 * body declares one ({@code RequestBodiesTest}). Created once (building a Jsonb is costly), closed
 * with the application.
 */
@Provider
@ApplicationScoped
public class ApiJsonb implements ContextResolver<Jsonb> {
  private static final Logger LOG = Logger.getLogger(ApiJsonb.class.getName());

  private Jsonb jsonb;

  @PostConstruct
  void open() {
    jsonb =
        JsonbBuilder.create(
            new JsonbConfig()
                .withDeserializers(
                    new LiteralBoolean(),
                    new LiteralString(),
                    new WholeInteger(),
                    new WholeLong()));
  }

  @Override
  public Jsonb getContext(Class<?> type) {
    return jsonb;
  }

  @PreDestroy
  void close() {
    try {
      jsonb.close();
    } catch (Exception e) {
      LOG.log(Level.WARNING, "Could not close the API's JSON-B", e);
    }
  }

  /** A {@code Boolean} from JSON {@code true}, {@code false} or {@code null} only. */
  static final class LiteralBoolean implements JsonbDeserializer<Boolean> {
    @Override
    public Boolean deserialize(JsonParser parser, DeserializationContext context, Type type) {
      // Yasson's parser has moved past the value's event already (currentEvent is unsupported)
      JsonValue value = parser.getValue();
      return switch (value.getValueType()) {
        case TRUE -> Boolean.TRUE;
        case FALSE -> Boolean.FALSE;
        case NULL -> null;
        default ->
            throw new JsonbException(
                "a boolean is JSON true or false, not " + value.getValueType());
      };
    }
  }

  /** A {@code String} from a JSON string or {@code null} only. */
  static final class LiteralString implements JsonbDeserializer<String> {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
      JsonValue value = parser.getValue();
      return switch (value.getValueType()) {
        case STRING -> ((JsonString) value).getString();
        case NULL -> null;
        default -> throw new JsonbException("a text is a JSON string, not " + value.getValueType());
      };
    }
  }

  /** An {@code Integer} from a whole JSON number in its range, or {@code null}. */
  static final class WholeInteger implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return whole(parser.getValue(), BigDecimal::intValueExact);
    }
  }

  /** A {@code Long} from a whole JSON number in its range, or {@code null}. */
  static final class WholeLong implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return whole(parser.getValue(), BigDecimal::longValueExact);
    }
  }

  /**
   * The whole number a JSON value is, by the exact conversion given ({@code intValueExact}, {@code
   * longValueExact}: they refuse a fraction or a number out of range at once, without expanding
   * {@code 1e999999999}), or null for JSON null.
   */
  private static <T> T whole(JsonValue value, Function<BigDecimal, T> exact) {
    BigDecimal number =
        switch (value.getValueType()) {
          case NUMBER -> ((JsonNumber) value).bigDecimalValue();
          case NULL -> null;
          default ->
              throw new JsonbException("a number is a JSON number, not " + value.getValueType());
        };
    try {
      return number == null ? null : exact.apply(number);
    } catch (ArithmeticException e) {
      throw new JsonbException("not a whole number in range: " + number, e);
    }
  }
}
