package org.plenary.core.shared;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonParserFactory;
import java.io.Reader;
import java.util.Map;

/**
 * JSON-P builders and readers from one provider looked up once. The static methods of {@code
 * jakarta.json.Json} look the provider up anew on every call, through a {@code ServiceLoader} scan
 * of every jar on the class path; under load that scan serialised the request threads on the jar
 * files' locks (a third of the samples of the comment-ingest profile of issue 8).
 */
public final class Jsons {
  private static final JsonProvider PROVIDER = JsonProvider.provider();

  private Jsons() {}

  public static JsonObjectBuilder object() {
    return PROVIDER.createObjectBuilder();
  }

  /** A builder that starts with the members of {@code members}. */
  public static JsonObjectBuilder object(JsonObject members) {
    return PROVIDER.createObjectBuilder(members);
  }

  public static JsonArrayBuilder array() {
    return PROVIDER.createArrayBuilder();
  }

  public static JsonReader reader(Reader reader) {
    return PROVIDER.createReader(reader);
  }

  public static JsonParserFactory parserFactory(Map<String, ?> config) {
    return PROVIDER.createParserFactory(config);
  }
}
