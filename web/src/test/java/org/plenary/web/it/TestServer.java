package org.plenary.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The platform under test, as people run it: the real {@code plenary.jar} (Payara Micro with the
 * WAR and the launcher), started once per test run on the run's database and SMTP server, the first
 * time a test asks for its address, and stopped when the run ends. Tests that call it from outside
 * (REST clients, browsers) share it; only tests that must run inside the server deploy through
 * Arquillian. Its log is {@code server.log} in the run's folder under target/it.
 */
public final class TestServer {
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private static Process process;
  private static URL url;
  private static Path log;

  private TestServer() {}

  /** The address of the running platform, ending with "/"; starts it on first use. */
  public static synchronized URL url() {
    if (url == null) {
      url = start();
    }
    return url;
  }

  /** Stops the platform if a test started it; called when the test run ends. */
  static synchronized void stop() {
    if (process == null) {
      return;
    }
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    process = null;
    url = null;
  }

  private static URL start() {
    String jar = System.getProperty("plenary.it.jar");
    if (jar == null || System.getProperty("plenary.it.db.url") == null) {
      throw new IllegalStateException(
          "no test server: run integration tests through failsafe (mvn verify), which sets"
              + " plenary.it.jar and the database");
    }
    try {
      int port = TestDatabase.freePort();
      Path run = Path.of(System.getProperty("plenary.it.dataDir")).getParent();
      log = run.resolve("server.log");
      ProcessBuilder builder =
          new ProcessBuilder(
                  List.of(
                      Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                      "-Xmx768m",
                      "-Dplenary.db.url=" + System.getProperty("plenary.it.db.url"),
                      "-Dplenary.db.user=" + System.getProperty("plenary.it.db.user"),
                      "-Dplenary.db.password=" + System.getProperty("plenary.it.db.password"),
                      "-Dplenary.db.datasource-class="
                          + System.getProperty("plenary.it.db.datasourceClass"),
                      "-Dplenary.smtp.host=127.0.0.1",
                      "-Dplenary.smtp.port=" + System.getProperty("plenary.it.smtpPort"),
                      "-jar",
                      jar,
                      "--rootdir",
                      run.resolve("payara").toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.keySet().removeIf(name -> name.startsWith("PLENARY_"));
      env.put("PLENARY_HTTP_PORT", String.valueOf(port));
      env.put("PLENARY_DATA_DIR", System.getProperty("plenary.it.dataDir"));
      env.put("PLENARY_PUBLIC_URL", "http://127.0.0.1:" + port);
      // The tests' own requests come from loopback and are not rate-limited; a test stands for
      // a client behind the (trusted) loopback proxy by sending X-Forwarded-For.
      env.put("PLENARY_TRUSTED_PROXIES", "127.0.0.1");
      env.put("PLENARY_RATE_LIMIT_EXEMPT", "127.0.0.1");
      process = builder.start();
      URI base = URI.create("http://127.0.0.1:" + port + "/");
      awaitReady(base.resolve("health/ready"));
      return base.toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void awaitReady(URI health) throws MalformedURLException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "plenary.jar stopped with exit code " + process.exitValue() + "; see " + log);
      }
      try {
        HttpResponse<Void> response =
            client.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() == 200) {
          return;
        }
      } catch (ConnectException e) {
        // not listening yet
      } catch (IOException e) {
        // listening but not answering yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for plenary.jar", e);
      }
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for plenary.jar", e);
      }
    }
    stop();
    throw new IllegalStateException(
        "plenary.jar was not ready within " + START_TIMEOUT.toMinutes() + " minutes; see " + log);
  }
}
