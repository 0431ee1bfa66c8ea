package org.plenary.web.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The platform under test, as people run it: the real {@code plenary.jar} (a {@link
 * PlenaryProcess}), started once per test run on the run's database and SMTP server, the first time
 * a test asks for its address, and stopped when the run ends. Tests that call it from outside (REST
 * clients, browsers) share it; only tests that must run inside the server deploy through
 * Arquillian. Its log is {@code server.log} in the run's folder under target/it.
 */
public final class TestServer {
  private static PlenaryProcess server;

  private TestServer() {}

  /** The address of the running platform, ending with "/"; starts it on first use. */
  public static synchronized URL url() {
    if (server == null) {
      server =
          PlenaryProcess.start(
              "server",
              // The tests' own requests come from loopback and are not rate-limited; a test
              // stands for a client behind the (trusted) loopback proxy by sending
              // X-Forwarded-For.
              Map.of(
                  "PLENARY_TRUSTED_PROXIES",
                  "127.0.0.1",
                  "PLENARY_RATE_LIMIT_EXEMPT",
                  "127.0.0.1"));
    }
    return server.url();
  }

  /** The process id of the running platform (benchmarks read its heap and resident memory). */
  public static synchronized long pid() {
    url();
    return server.pid();
  }

  /** The log of the running platform's latest start. */
  public static synchronized Path log() {
    url();
    return server.log();
  }

  /** How long the running platform's log is now: a mark for {@link #loggedSince(long)}. */
  public static synchronized long logLength() {
    try {
      return Files.size(log());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** What the running platform has logged since {@code mark} (a {@link #logLength()}). */
  public static synchronized String loggedSince(long mark) {
    try (SeekableByteChannel channel = Files.newByteChannel(log())) {
      channel.position(mark);
      return new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stops the platform (SIGTERM), keeping its database for {@link #restart()}. */
  public static synchronized void halt() {
    url();
    server.stop();
  }

  /**
   * Starts the platform again on the same database, stopping it first unless {@link #halt()} did
   * (benchmarks: a restart's start-up); returns its address once it is ready.
   */
  public static synchronized URL restart() {
    url();
    server.stop();
    server.restart();
    return server.url();
  }

  /** Stops the platform if a test started it; called when the test run ends. */
  static synchronized void stop() {
    if (server != null) {
      server.stop();
      server = null;
    }
  }
}
