package org.plenary.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

/** A small HTTP client for REST tests: anonymous or with HTTP Basic as one of the demo accounts. */
public final class Api {
  public static final String DEMO_PASSWORD = "plenary-demo";

  private final URI base;
  private final String authorization;
  private final HttpClient client =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private Api(URL base, String authorization) {
    this.base = URI.create(base.toString());
    this.authorization = authorization;
  }

  public static Api anonymous(URL base) {
    return new Api(base, null);
  }

  public static Api as(URL base, String username, String password) {
    String token =
        Base64.getEncoder()
            .encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    return new Api(base, "Basic " + token);
  }

  public static Api asDemo(URL base, String username) {
    return as(base, username, DEMO_PASSWORD);
  }

  /**
   * GETs a path relative to the application ({@code api/meetings}), or to the server root when it
   * starts with a slash ({@code /health}).
   */
  public HttpResponse<String> get(String path, String accept) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Accept", accept);
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    try {
      return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> post(String path, String json) {
    return send("POST", path, json);
  }

  public HttpResponse<String> put(String path, String json) {
    return send("PUT", path, json);
  }

  public HttpResponse<String> delete(String path) {
    return send("DELETE", path, null);
  }

  public HttpResponse<String> get(String path) {
    return get(path, "application/json");
  }

  /** GETs a binary resource such as a PDF. */
  public HttpResponse<byte[]> getBytes(String path, String accept) {
    return send(
        request(path).header("Accept", accept).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /** Sends a JSON body with POST, PUT or (without a body, {@code json} null) DELETE. */
  public HttpResponse<String> send(String method, String path, String json) {
    HttpRequest.Builder request = request(path).header("Accept", "application/json");
    if (json == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request
          .header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }
    return send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /**
   * One text field of each item of a list the API answered ({@code {"items":[...]}}), in order,
   * once the answer is checked to be 200.
   */
  public static List<String> itemTexts(HttpResponse<String> page, String field) {
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return json(page).asJsonObject().getJsonArray("items").getValuesAs(JsonObject.class).stream()
        .map(item -> item.getString(field))
        .toList();
  }

  /** Sends a body of any content type, with extra headers as name, value pairs. */
  public HttpResponse<String> sendAs(
      String method, String path, String contentType, String body, String... headers) {
    HttpRequest.Builder request =
        request(path)
            .header("Accept", "application/json")
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(120));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return request;
  }

  private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public static JsonStructure json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.read();
    }
  }

  /** Sends a JSON body like {@link #send(String, String, String)}, in the given Accept-Language. */
  public HttpResponse<String> send(String method, String path, String json, String language) {
    HttpRequest request =
        request(path)
            .header("Accept", "application/json")
            .header("Accept-Language", language)
            .header("Content-Type", "application/json")
            .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8))
            .build();
    return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** POSTs a JSON body with extra request headers (such as {@code Idempotency-Key}). */
  public HttpResponse<String> post(
      String path, String json, java.util.Map<String, String> headers) {
    HttpRequest.Builder request =
        request(path)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    headers.forEach(request::header);
    return send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends raw bytes (an upload) with this content type; answers with the body as text. */
  public HttpResponse<String> sendBytes(
      String method, String path, String contentType, byte[] content) {
    HttpRequest request =
        request(path)
            .header("Accept", "application/json")
            .header("Content-Type", contentType)
            .method(method, HttpRequest.BodyPublishers.ofByteArray(content))
            .build();
    return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
