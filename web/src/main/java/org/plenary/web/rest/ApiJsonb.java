package org.plenary.web.rest;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The JSON-B that binds every body of the API and writes every answer: the default one, except that
 * a {@code Boolean} is read only from JSON {@code true}, {@code false} or {@code null}. Yasson
 * reads any string or number as {@code Boolean.parseBoolean} of its text, so {@code
 * {"listed":"yes"}} was false in silence; now it is a 400 problem naming the property, as any value
 * of the wrong type. Yasson applies no deserializer to a primitive {@code boolean}, which it keeps
 * reading that way: no body declares one ({@code RequestBodiesTest}). Created once (building a
 * Jsonb is costly), closed with the application.
 */
@Provider
@ApplicationScoped
public class ApiJsonb implements ContextResolver<Jsonb> {
  private static final Logger LOG = Logger.getLogger(ApiJsonb.class.getName());

  private Jsonb jsonb;

  @PostConstruct
  void open() {
    jsonb = JsonbBuilder.create(new JsonbConfig().withDeserializers(new LiteralBoolean()));
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
}
