package org.plenary.web.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * Entry point of {@code plenary.jar}. Turns the {@code PLENARY_*} environment into Payara Micro
 * options with safe defaults (loopback HTTP, no phone-home, no data grid unless cluster members are
 * named, and then one on loopback formed from them alone, never by multicast), boots Payara Micro,
 * and announces the platform once its readiness check answers. Arguments given on the command line
 * are passed on to Payara Micro after ours.
 */
public final class PlenaryLauncher {
  private static final String PAYARA_MAIN = "fish.payara.micro.boot.PayaraMicroLauncher";
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

  private PlenaryLauncher() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> env = System.getenv();
    Path dataDir = Path.of(setting(env, "PLENARY_DATA_DIR", "./data")).toAbsolutePath().normalize();
    Files.createDirectories(dataDir);
    defaultProperty("plenary.data.dir", dataDir.toString());
    String dbUrl = env.get("PLENARY_DB_URL");
    if (dbUrl != null && dbUrl.startsWith("jdbc:postgresql:")) {
      defaultProperty("plenary.db.datasource-class", "org.postgresql.ds.PGSimpleDataSource");
    }
    // Jakarta Mail looks its stream provider up on every message written (a mail put in the outbox)
    // unless this names it: otherwise a ServiceLoader scan of every jar each time, which under a
    // burst of comments serialised the request threads on the jar files (issue 8's profile).
    defaultProperty(
        "jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    int port = wholeNumber(env, "PLENARY_HTTP_PORT", "8080", 1, 65_535);
    String address = setting(env, "PLENARY_HTTP_ADDRESS", "127.0.0.1");

    String members = env.get("PLENARY_CLUSTER_MEMBERS");
    boolean cluster = members != null && !members.isBlank();

    List<String> options = new ArrayList<>();
    options.addAll(List.of("--port", String.valueOf(port), "--disablephonehome"));
    int threads = wholeNumber(env, "PLENARY_HTTP_THREADS", "32", 1, 10_000);
    Path preboot = prebootCommands(address, threads, cluster);
    options.addAll(List.of("--prebootcommandfile", preboot.toString()));
    if (cluster) {
      // Sessions are distributable (web.xml) and the nodes' data grid replicates them: a grid
      // formed only from the members named, on the interface named, never by multicast.
      System.setProperty("hazelcast.socket.bind.any", "false");
      // Hazelcast itself phones home (https://phonehome.hazelcast.com/ping, at start and then
      // daily), which Payara's --disablephonehome does not turn off.
      System.setProperty("hazelcast.phone.home.enabled", "false");
      options.addAll(List.of("--clustermode", "tcpip:" + members.strip()));
      options.addAll(
          List.of("--interfaces", setting(env, "PLENARY_CLUSTER_INTERFACE", "127.0.0.1")));
      options.addAll(List.of("--clustername", setting(env, "PLENARY_CLUSTER_NAME", "plenary")));
      options.addAll(
          List.of(
              "--startport",
              String.valueOf(wholeNumber(env, "PLENARY_CLUSTER_PORT", "6900", 1, 65_535))));
    } else {
      // A single node has nobody to replicate its sessions to: no data grid (about 2 s of
      // start-up and 50 MB less, no grid port), sessions kept in memory (see prebootCommands).
      options.add("--nohazelcast");
    }
    options.addAll(Arrays.asList(args));

    Class.forName(PAYARA_MAIN)
        .getMethod("main", String[].class)
        .invoke(null, (Object) options.toArray(String[]::new));
    // Payara read it while booting: deleted now, as a node that is killed never reaches the exit
    // (each such start left a file in the temporary directory).
    Files.deleteIfExists(preboot);

    String host = "0.0.0.0".equals(address) ? "localhost" : address;
    switch (awaitReady(URI.create("http://" + host + ":" + port + "/health/ready"))) {
      case READY -> announce(port, demoData(env));
      case NOT_DEPLOYED -> {
        // Payara Micro keeps running with nothing deployed: a service manager would see a live
        // process that answers nothing but 404.
        System.err.println(
            "Plenary could not start (a setting or the database); see the log above.");
        System.exit(1);
      }
      case TIMED_OUT -> {
        System.err.println(
            "Plenary did not become ready within "
                + READY_TIMEOUT.toMinutes()
                + " minutes;"
                + " see the log above.");
        System.exit(1);
      }
    }
  }

  private enum Start {
    READY,
    NOT_DEPLOYED,
    TIMED_OUT
  }

  private static String setting(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  /**
   * Whether the platform loads the demo story, by DemoData's rule: as asked, else on the embedded
   * H2 database only. A system property comes before the environment, as in MicroProfile Config,
   * and a boolean reads as it does there (true, 1, yes, y, on).
   */
  static boolean demoData(Map<String, String> env) {
    String asked = System.getProperty("plenary.demo-data", env.get("PLENARY_DEMO_DATA"));
    if (asked != null && !asked.isBlank()) {
      return Set.of("true", "1", "yes", "y", "on").contains(asked.strip().toLowerCase(Locale.ROOT));
    }
    String url = System.getProperty("plenary.db.url", env.get("PLENARY_DB_URL"));
    return url == null || url.isBlank() || url.startsWith("jdbc:h2:");
  }

  /** A whole-number setting; a bad value stops the start with its name, not a stack trace. */
  private static int wholeNumber(
      Map<String, String> env, String name, String fallback, int least, int most) {
    String value = setting(env, name, fallback).strip();
    try {
      int number = Integer.parseInt(value);
      if (number >= least && number <= most) {
        return number;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    System.err.println(
        "Plenary could not start: "
            + name
            + " must be a whole number from "
            + least
            + " to "
            + most
            + ", not \""
            + value
            + "\".");
    System.exit(1);
    throw new IllegalStateException("unreachable");
  }

  private static void defaultProperty(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }

  /**
   * The listener's address, and at most {@code threads} request threads (Payara's default is 200);
   * no Server header, no /metrics. A burst of requests otherwise runs hundreds of threads on a few
   * cores, where the JIT compiler's threads get an equal share each: under issue 8's ingest
   * benchmark 90% of the samples were still in interpreted code after a minute. Requests beyond the
   * pool wait in the listener's queue. A single node turns the web container's availability off:
   * its distributable sessions then stay in memory instead of asking the data grid it does not run
   * (which fails on every request with an IOException).
   */
  private static Path prebootCommands(String address, int threads, boolean cluster)
      throws IOException {
    Path file = Files.createTempFile("plenary-preboot", ".asadmin");
    file.toFile().deleteOnExit();
    String commands =
        "set configs.config.server-config.network-config.network-listeners.network-listener"
            + ".http-listener.address="
            + address
            + "\nset configs.config.server-config.thread-pools.thread-pool.http-thread-pool"
            + ".max-thread-pool-size="
            + threads
            // no Server header naming the product and its version to whoever asks
            + "\nset configs.config.server-config.network-config.protocols.protocol.http-listener"
            + ".http.server-header=false"
            // MicroProfile Metrics would answer /metrics to anyone (the JVM, the connection pool):
            // Plenary declares no metrics, and an endpoint nobody is meant to read is not served
            + "\nset configs.config.server-config.microprofile-metrics-configuration.enabled=false"
            + "\n";
    if (!cluster) {
      commands +=
          "set configs.config.server-config.availability-service.web-container-availability"
              + ".availability-enabled=false\n";
    }
    Files.writeString(file, commands);
    return file;
  }

  /**
   * Up means our own readiness check (the database) answered, not merely that Payara logged. Payara
   * Micro returns from its main method once it has deployed the application or failed to: a health
   * answer that knows no check of ours then means the deployment failed (a bad setting, a migration
   * that did not apply), while our check answering "down" means the database is not there yet.
   */
  private static Start awaitReady(URI health) throws InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        boolean ours = response.body().contains("plenary-database");
        if (response.statusCode() == 200 && ours) {
          return Start.READY;
        }
        if (!ours) {
          return Start.NOT_DEPLOYED;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    return Start.TIMED_OUT;
  }

  private static void announce(int port, boolean demoData) throws IOException {
    StringBuilder text = new StringBuilder();
    text.append("\n  Plenary is ready at http://localhost:").append(port).append("/\n");
    if (demoData) {
      Properties accounts = new Properties();
      try (InputStream in =
          PlenaryLauncher.class.getResourceAsStream(
              "/org/plenary/web/demo/demo-accounts.properties")) {
        if (in != null) {
          accounts.load(in);
        }
      }
      text.append("  Demo accounts (user / password / role):\n");
      accounts.stringPropertyNames().stream()
          .filter(key -> key.endsWith(".password"))
          .map(key -> key.substring(0, key.length() - ".password".length()))
          .sorted()
          .forEach(
              user ->
                  text.append("    ")
                      .append(user)
                      .append(" / ")
                      .append(accounts.getProperty(user + ".password"))
                      .append(" / ")
                      .append(accounts.getProperty(user + ".roles"))
                      .append('\n'));
    }
    System.out.println(text);
  }
}
