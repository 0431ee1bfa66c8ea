package org.plenary.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One {@code plenary.jar} process on the run's database and SMTP server, started the way people
 * start it (the launcher, {@code PLENARY_*} settings, loopback only), on its own port, Payara root
 * and log under the run's folder. Tests that crash a server on purpose start their own; everything
 * else shares {@link TestServer}'s.
 */
public final class PlenaryProcess {
  private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

  private final String name;
  private final int port;
  private final Path run;
  private final Map<String, String> settings;
  private Process process;
  private int starts;

  private PlenaryProcess(String name, Map<String, String> settings) {
    this.name = name;
    try {
      this.port = TestDatabase.freePort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.run = Path.of(System.getProperty("plenary.it.dataDir")).getParent();
    this.settings = settings;
  }

  /**
   * Starts a platform called {@code name} (its log is {@code <name>.log}, or {@code <name>-2.log}
   * after a restart) with extra {@code PLENARY_*} settings, and waits until it is ready.
   */
  public static PlenaryProcess start(String name, Map<String, String> settings) {
    PlenaryProcess plenary = new PlenaryProcess(name, settings);
    plenary.start();
    return plenary;
  }

  /** How a start that had to fail ended: the process's exit code and its log. */
  public record Refusal(int exitCode, String log) {}

  /**
   * Starts a platform that must refuse to start (a bad setting) and returns how it ended, once the
   * process has exited by itself within {@code within}.
   */
  public static Refusal refusedStart(String name, Map<String, String> settings, Duration within) {
    PlenaryProcess plenary = new PlenaryProcess(name, settings);
    plenary.launch();
    try {
      if (!plenary.process.waitFor(within.toSeconds(), TimeUnit.SECONDS)) {
        plenary.stop();
        throw new AssertionError(
            "plenary.jar was still running after " + within + "; see " + plenary.log());
      }
      return new Refusal(plenary.process.exitValue(), Files.readString(plenary.log()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for plenary.jar", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The platform's address, ending with "/". */
  public URL url() {
    try {
      return URI.create("http://127.0.0.1:" + port + "/").toURL();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The operating system's id of the running process (for benchmarks: heap, resident memory). */
  public long pid() {
    return process.pid();
  }

  /** The log of the latest start. */
  public Path log() {
    return run.resolve(starts <= 1 ? name + ".log" : name + "-" + starts + ".log");
  }

  /** Ends the process as a power cut or the OOM killer would: SIGKILL, no shutdown hook. */
  public void kill() {
    try {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Starts the same platform again, on the same port and database. */
  public void restart() {
    start();
  }

  /** Asks the process to stop (SIGTERM), then kills it if it does not. */
  public void stop() {
    if (process == null || !process.isAlive()) {
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
  }

  private void launch() {
    String jar = System.getProperty("plenary.it.jar");
    if (jar == null || System.getProperty("plenary.it.db.url") == null) {
      throw new IllegalStateException(
          "no test server: run integration tests through failsafe (mvn verify), which sets"
              + " plenary.it.jar and the database");
    }
    starts++;
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx" + System.getProperty("plenary.it.xmx", "768m"));
    for (String option : System.getProperty("plenary.it.serverJvmOptions", "").split(" ")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    command.add(
        "-Dplenary.db.url="
            + settings.getOrDefault("PLENARY_DB_URL", System.getProperty("plenary.it.db.url")));
    command.add("-Dplenary.db.user=" + System.getProperty("plenary.it.db.user"));
    command.add("-Dplenary.db.password=" + System.getProperty("plenary.it.db.password"));
    command.add(
        "-Dplenary.db.datasource-class=" + System.getProperty("plenary.it.db.datasourceClass"));
    command.add("-Dplenary.smtp.host=127.0.0.1");
    command.add("-Dplenary.smtp.port=" + System.getProperty("plenary.it.smtpPort"));
    // A fresh Payara root on each start: over an existing root, Payara Micro loads the application
    // it deployed before and then stops.
    command.addAll(
        List.of("-jar", jar, "--rootdir", run.resolve(name + "-payara-" + starts).toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log().toFile());
    Map<String, String> env = builder.environment();
    env.keySet().removeIf(variable -> variable.startsWith("PLENARY_"));
    env.put("PLENARY_HTTP_PORT", String.valueOf(port));
    env.put("PLENARY_DATA_DIR", System.getProperty("plenary.it.dataDir"));
    env.put("PLENARY_PUBLIC_URL", "http://127.0.0.1:" + port);
    // the tests read the demo story, on PostgreSQL too (where it loads only when asked for);
    // a test's settings may say otherwise, or "" for the default
    env.put("PLENARY_DEMO_DATA", "true");
    // the request threads' limit, for benchmarks that compare it (the launcher's default otherwise)
    String threads = System.getProperty("plenary.it.httpThreads", "");
    if (!threads.isBlank()) {
      env.put("PLENARY_HTTP_THREADS", threads);
    }
    env.putAll(settings);
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void start() {
    launch();
    // Health says ready once the database is; wait for a real answer of the application too.
    awaitReady(URI.create("http://127.0.0.1:" + port + "/health/ready"));
    awaitReady(URI.create("http://127.0.0.1:" + port + "/api/meetings?first=0&size=1"));
  }

  private void awaitReady(URI health) {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(
            "plenary.jar stopped with exit code " + process.exitValue() + "; see " + log());
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
        "plenary.jar was not ready within " + START_TIMEOUT.toMinutes() + " minutes; see " + log());
  }
}
