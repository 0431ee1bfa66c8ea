package org.plenary.web.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.CountingSmtp;
import org.plenary.web.it.TestServer;
import org.plenary.web.it.TestSql;
import org.plenary.web.rest.consultations.ConsultationFixtures;

/**
 * The benchmarks of issue 8, in one run on one machine: plenary.jar on an embedded PostgreSQL with
 * durable commits ({@code synchronous_commit=on}, fsync on). Not a test: run only by the {@code
 * bench} profile (see BENCHMARKS.md). Writes its figures to target/bench/results.md.
 */
class PlatformBench {
  private static final int CLIENTS = 64;
  private static final Duration INGEST =
      Duration.ofSeconds(Long.getLong("bench.ingestSeconds", 60));

  /**
   * Comments sent before the measured ingest and not counted, in two steps. First {@link
   * #WARM_CLIENTS} clients until the server's optimising compiler (C2) has caught up with the hot
   * code, i.e. fewer than {@link #WARM_QUEUE} methods wait in its queue ({@code jcmd <pid>
   * Compiler.queue}) after at least {@link #WARM_UP_AT_LEAST}, or {@link #WARM_UP_AT_MOST}: with 64
   * clients on two cores the compiler's thread gets a thirty-fourth of the CPU, and after a 45 s
   * warm-up at 64 clients 58% of the request threads' CPU was still in code compiled by C1 with
   * full profiling, 13% in C2's, with 660 methods queued for C2 (issue 8's profile). A server in
   * service has long been warm. Then {@link #WARM_UP} at 64 clients: the optimising compiler still
   * has the full load's own paths to compile (the group commit's batches, the mail pump at speed);
   * after 20 s at 64 clients the measured minute varied from 737 to 1,258 comments/s, after 60 s it
   * starts warm.
   */
  private static final Duration WARM_UP =
      Duration.ofSeconds(Long.getLong("bench.warmupSeconds", 60));

  private static final int WARM_CLIENTS = 4;
  private static final int WARM_QUEUE = 20;
  private static final Duration WARM_UP_AT_LEAST = Duration.ofSeconds(60);
  private static final Duration WARM_UP_AT_MOST =
      Duration.ofSeconds(Long.getLong("bench.jitWarmupSeconds", 300));

  /** How long the bench waits for the ingest's confirmation mails to leave. */
  private static final Duration OUTBOX_AT_MOST = Duration.ofMinutes(5);

  private static final Duration CEILING =
      Duration.ofSeconds(Long.getLong("bench.ceilingSeconds", 30));
  private static final int COMMENTS = Integer.getInteger("bench.comments", 1_000_000);
  private static final int BULK = Integer.getInteger("bench.bulk", 1_000_000);
  private static final String XMX = System.getProperty("plenary.it.xmx", "768m");
  private static final String DELEGATE =
      "Basic " + Base64.getEncoder().encodeToString("delegate:plenary-demo".getBytes());
  private static final String SECRETARIAT =
      "Basic " + Base64.getEncoder().encodeToString("secretariat:plenary-demo".getBytes());
  private static final String[] TOPICS = {
    "clock changes",
    "summer time",
    "winter time",
    "energy savings",
    "road safety",
    "sleep health",
    "farming",
    "tourism",
    "public transport",
    "school hours"
  };

  /** Which points to measure, e.g. "2,3" after an optimisation of the reads; all by default. */
  private static final String POINTS = System.getProperty("bench.points", "1,2,3,4,5,6");

  private final StringBuilder report = new StringBuilder();
  private final List<String> failures = new ArrayList<>();

  private static boolean point(int n) {
    return POINTS.isBlank() || ("," + POINTS.replace(" ", "") + ",").contains("," + n + ",");
  }

  @Test
  void measuresTheSixPointsOfIssue8() throws Exception {
    // 6a. Start-up: from launching plenary.jar to its first served page
    double[] start = startUp(TestServer::url);
    URL url = TestServer.url();
    line(
        "Start-up to ready (health + first API answer): %.1f s; to the first page (index.xhtml): %.1f s; the server's JVM options: %s",
        start[0],
        start[1],
        System.getProperty("plenary.it.serverJvmOptions", "").isBlank()
            ? "the JVM's defaults"
            : System.getProperty("plenary.it.serverJvmOptions"));
    try (Connection db = TestSql.connect()) {
      line(
          "PostgreSQL %s: synchronous_commit=%s, fsync=%s, wal_sync_method=%s",
          setting(db, "server_version"),
          setting(db, "synchronous_commit"),
          setting(db, "fsync"),
          setting(db, "wal_sync_method"));
      assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
      assertThat(setting(db, "fsync")).isEqualTo("on");
    }

    long ingest = ConsultationFixtures.draft(url, "bench-ingest").openNow("Bench ingest");
    if (point(1)) {
      guarded(() -> ingest(url, ingest));
    }
    if (point(2) || point(3)) {
      // 2. A consultation with 1,000,000 comments, and its reads
      long big = ConsultationFixtures.draft(url, "bench-million").closed("Bench million");
      double generated = generate(big, COMMENTS);
      line(
          "2. Generated %,d comments by one INSERT ... SELECT generate_series (+ VACUUM ANALYZE) in %.1f s",
          COMMENTS, generated);
      publishReport(url, big);
      if (point(2)) {
        if (Boolean.getBoolean("bench.explain")) {
          guarded(() -> explain(big));
        }
        guarded(() -> reads(url, big));
      }
      if (point(3)) {
        // 3. CSV export of the 1,000,000 comments
        guarded(() -> export(url, big));
      }
    }
    if (point(4)) {
      // 4. The public agenda page against a static file (wrk)
      guarded(() -> agenda(url));
    }
    if (point(5)) {
      // 5. Bulk upload of 1,000,000 comments while single submissions go on
      guarded(() -> bulk(url, ingest));
    }
    finish();
  }

  private void ingest(URL url, long ingest) throws Exception {
    // 1. Ingest: 64 clients for 60 s, then the JDBC ceiling
    long pid = TestServer.pid();
    int queuedBefore = compileQueue(pid);
    long jitStart = System.nanoTime();
    Load.Result jit =
        Load.run(
            WARM_CLIENTS,
            WARM_UP_AT_MOST,
            () ->
                System.nanoTime() - jitStart > WARM_UP_AT_LEAST.toNanos()
                    && compileQueue(pid) < WARM_QUEUE,
            n -> comment(url, ingest, "jit-" + n, n));
    line(
        "Ingest warm-up for the JIT (%d clients for at least %d s, until fewer than %d methods wait for C2, at most %d s; not counted): %s; C2 queue %d methods before, %d after",
        WARM_CLIENTS,
        WARM_UP_AT_LEAST.toSeconds(),
        WARM_QUEUE,
        WARM_UP_AT_MOST.toSeconds(),
        jit.summary(),
        queuedBefore,
        compileQueue(pid));
    Load.Result warm = Load.run(CLIENTS, WARM_UP, n -> comment(url, ingest, "warm-" + n, n));
    line(
        "Ingest warm-up (%d clients, %d s, not counted): %s; C2 queue %d methods",
        CLIENTS, WARM_UP.toSeconds(), warm.summary(), compileQueue(pid));
    long postmaster = postmaster();
    double serverBefore = ProcessCpu.of(pid);
    double compilersBefore = ProcessCpu.ofThreads(pid, PlatformBench::compiler);
    double databaseBefore = ProcessCpu.ofTree(postmaster);
    double[] ingested = gatling(url, ingest, "bench-");
    double serverCpu = ProcessCpu.of(pid) - serverBefore;
    double compilersCpu = ProcessCpu.ofThreads(pid, PlatformBench::compiler) - compilersBefore;
    double databaseCpu = ProcessCpu.ofTree(postmaster) - databaseBefore;
    long stored;
    try (Connection db = TestSql.connect()) {
      stored =
          count(
              db,
              "select count(*) from consultation_comment where consultation_id = "
                  + ingest
                  + " and idempotency_key like 'bench-%'");
    }
    line(
        "1. Ingest `POST /api/consultations/{id}/comments` (Gatling %s, %d users at once, each looping for %d s, not signed in: name + e-mail, confirmation mail to the local SMTP server): %,.0f ok, %,.0f failed: %,.0f comments/s; p50 %.0f ms, p95 %.0f ms, p99 %.0f ms; rows committed (counted in PostgreSQL after the run): %,d",
        "3.13.5",
        CLIENTS,
        INGEST.toSeconds(),
        ingested[0],
        ingested[1],
        ingested[2],
        ingested[3],
        ingested[4],
        ingested[5],
        stored);
    line(
        "1. CPU while Gatling ran (/proc, user + system): plenary.jar %.1f s (of which its JIT compilers' threads %.1f s: a warm server compiles little), PostgreSQL %.1f s: %.2f ms and %.2f ms a comment (%d cores)",
        serverCpu,
        compilersCpu,
        databaseCpu,
        1000 * serverCpu / ingested[0],
        1000 * databaseCpu / ingested[0],
        Runtime.getRuntime().availableProcessors());
    outbox();
    Load.Result signedIn =
        Load.run(
            CLIENTS,
            Duration.ofSeconds(20),
            n ->
                HttpRequest.newBuilder(uri(url, "api/consultations/" + ingest + "/comments"))
                    .timeout(Duration.ofSeconds(60))
                    .header("Authorization", DELEGATE)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", "signed-" + n)
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"text\":\"Signed comment "
                                + n
                                + "\",\"category\":\"citizen\",\"country\":\"EE\"}"))
                    .build());
    line(
        "1. For comparison, signed in as the demo delegate (HTTP Basic: the PBKDF2 hash checked on every request), %d clients, 20 s (HttpClient driver): %s",
        CLIENTS, signedIn.summary());
    double ceiling = jdbcCeiling(ingest);
    line(
        "1. JDBC ceiling, %d connections, one INSERT per transaction (autocommit), %d s: %,.0f rows/s; ingest/ceiling = %.1f%%",
        CLIENTS, CEILING.toSeconds(), ceiling, 100 * ingested[2] / ceiling);
  }

  /**
   * The confirmation mails of the ingest and its warm-ups: how many wait in the outbox as it ends,
   * and how long until it is empty (the SMTP server is {@link CountingSmtp}, on loopback).
   */
  private void outbox() throws SQLException, InterruptedException {
    try (Connection db = TestSql.connect()) {
      String waiting = "select count(*) from mail_outbox";
      long first = count(db, waiting);
      long takenBefore = CountingSmtp.taken();
      if (first == 0) {
        line(
            "1. Confirmation mails: %,d taken by the SMTP server during the load, none waiting in the outbox as the ingest ended",
            takenBefore);
        return;
      }
      long start = System.nanoTime();
      long left = first;
      while (left > 0 && System.nanoTime() - start < OUTBOX_AT_MOST.toNanos()) {
        Thread.sleep(500);
        left = count(db, waiting);
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long taken = CountingSmtp.taken();
      line(
          "1. Confirmation mails: %,d taken by the SMTP server during the load, %,d waiting in the outbox as the ingest ended; %s %.1f s later: %,.0f mails/s (%,d taken in all)",
          takenBefore,
          first,
          left == 0 ? "all sent" : String.format(Locale.ROOT, "%,d still waiting", left),
          seconds,
          (taken - takenBefore) / seconds,
          taken);
    }
  }

  private interface Step {
    void run() throws Exception;
  }

  /**
   * Runs one point; a failure is reported and the next point still runs, and the run fails at the
   * end (a missing tool such as wrk must not pass as a finished run).
   */
  private void guarded(Step step) {
    try {
      step.run();
    } catch (Exception | AssertionError e) {
      line("FAILED: %s", e);
      failures.add(e.toString());
      e.printStackTrace();
    }
  }

  /**
   * 6c. Start-up again on the database the run used: a node restarted or added to a cluster finds
   * the schema migrated and the demo data loaded, which the first start (6a) created.
   */
  private void restart() throws Exception {
    TestServer.halt();
    double[] start = startUp(TestServer::restart);
    line(
        "6. Restart on the same database (schema migrated, demo data loaded): %.1f s to ready, %.1f s to the first page",
        start[0], start[1]);
  }

  /** Seconds from {@code start} to the server's readiness, and to its first page (index.xhtml). */
  private double[] startUp(Callable<URL> start) throws Exception {
    long t0 = System.nanoTime();
    URL url = start.call();
    double ready = (System.nanoTime() - t0) / 1e9;
    assertThat(get(url, "index.xhtml", null).statusCode()).isEqualTo(200);
    return new double[] {ready, (System.nanoTime() - t0) / 1e9};
  }

  private void finish() throws Exception {
    // 6b. Resident memory after the run
    long pid = TestServer.pid();
    line(
        "6. Resident memory of plenary.jar after the run: %s (peak %s); JVM -Xmx%s",
        status(pid, "VmRSS"), status(pid, "VmHWM"), XMX);
    if (point(6)) {
      guarded(this::restart);
    }

    Path out = Path.of("target", "bench", "results.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report.toString());
    System.out.println(report);
    assertThat(failures).as("points that failed (see BENCH FAILED above)").isEmpty();
  }

  /**
   * Runs {@link IngestSimulation} in this JVM; answers ok, failed, ok per second, p50, p95, p99
   * (ms) from Gatling's js/stats.json.
   */
  private double[] gatling(URL url, long consultation, String prefix) throws Exception {
    System.setProperty("bench.base", url.toString());
    System.setProperty("bench.consultation", String.valueOf(consultation));
    System.setProperty("bench.users", String.valueOf(CLIENTS));
    System.setProperty("bench.seconds", String.valueOf(INGEST.toSeconds()));
    System.setProperty("bench.keyPrefix", prefix);
    Path results = Path.of("target", "bench", "gatling").toAbsolutePath();
    Files.createDirectories(results);
    java.io.PrintStream console = System.out;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    int code;
    try (java.io.PrintStream tee =
        new java.io.PrintStream(
            new java.io.OutputStream() {
              @Override
              public void write(int b) {
                console.write(b);
                captured.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) {
                console.write(b, off, len);
                captured.write(b, off, len);
              }
            },
            true,
            StandardCharsets.UTF_8)) {
      System.setOut(tee);
      code =
          io.gatling.app.Gatling$.MODULE$.fromArgs(
              new String[] {"-s", IngestSimulation.class.getName(), "-rf", results.toString()});
    } finally {
      System.setOut(console);
    }
    line("1. Gatling exit code %d; its report: %s", code, results);
    // Gatling 3.13 prints its global statistics; read the OK column of each line
    String out = captured.toString(StandardCharsets.UTF_8);
    int global = out.lastIndexOf("Global Information");
    if (global < 0) {
      throw new IllegalStateException("Gatling printed no statistics");
    }
    String stats = out.substring(global);
    return new double[] {
      gatlingOk(stats, "request count"),
      gatlingKo(stats, "request count"),
      gatlingOk(stats, "mean throughput (rps)"),
      gatlingOk(stats, "response time 50th percentile (ms)"),
      gatlingOk(stats, "response time 95th percentile (ms)"),
      gatlingOk(stats, "response time 99th percentile (ms)")
    };
  }

  private static double gatlingOk(String stats, String label) {
    return gatlingColumn(stats, label, 2);
  }

  private static double gatlingKo(String stats, String label) {
    return gatlingColumn(stats, label, 3);
  }

  /** Column 1 total, 2 OK, 3 KO of a line of Gatling's global statistics; "-" is 0. */
  private static double gatlingColumn(String stats, String label, int column) {
    for (String line : stats.split("\n")) {
      if (line.startsWith("> " + label)) {
        String cell = line.split("\\|")[column].strip().replace(",", "");
        return cell.equals("-") ? 0 : Double.parseDouble(cell);
      }
    }
    return Double.NaN;
  }

  private static HttpRequest comment(URL url, long consultation, String key, long n) {
    String body = IngestSimulation.body(n);
    return HttpRequest.newBuilder(uri(url, "api/consultations/" + consultation + "/comments"))
        .timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("Idempotency-Key", key)
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
  }

  private double jdbcCeiling(long consultation) throws Exception {
    AtomicLong rows = new AtomicLong();
    List<Thread> threads = new ArrayList<>();
    List<Connection> connections = new ArrayList<>();
    for (int t = 0; t < CLIENTS; t++) {
      Connection c = TestSql.connect();
      c.setAutoCommit(true);
      connections.add(c);
    }
    long start = System.nanoTime();
    long end = start + CEILING.toNanos();
    for (Connection c : connections) {
      Thread thread =
          new Thread(
              () -> {
                try (PreparedStatement insert =
                    c.prepareStatement(
                        "insert into consultation_comment (id, consultation_id, section_key,"
                            + " section_number, comment_text, text_hash, author_name, username,"
                            + " category, country, mail_language, idempotency_key, published,"
                            + " created_at, published_at, version) values"
                            + " (nextval('consultation_comment_seq'), ?, null, null, ?, ?,"
                            + " 'Delegate', 'delegate', 'CITIZEN', 'EE', 'en', ?, true, ?, ?, 1)")) {
                  long n = 0;
                  while (System.nanoTime() < end) {
                    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
                    insert.setLong(1, consultation);
                    insert.setString(
                        2, "Ceiling comment " + Thread.currentThread().getId() + " " + n);
                    insert.setString(3, "0".repeat(64));
                    insert.setString(4, "ceiling-" + Thread.currentThread().getId() + "-" + n++);
                    insert.setObject(5, now);
                    insert.setObject(6, now);
                    insert.executeUpdate();
                    rows.incrementAndGet();
                  }
                } catch (SQLException e) {
                  throw new IllegalStateException(e);
                }
              });
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    for (Connection c : connections) {
      c.close();
    }
    return rows.get() / seconds;
  }

  /** Fills the consultation with comments spread over its period, sections and topics. */
  private double generate(long consultation, int comments)
      throws SQLException, InterruptedException {
    long t0 = System.nanoTime();
    try (Connection db = TestSql.connect();
        Statement sql = db.createStatement()) {
      long first;
      try (ResultSet r =
          sql.executeQuery(
              "select nextval('consultation_comment_seq'), setval('consultation_comment_seq',"
                  + " nextval('consultation_comment_seq') + "
                  + (comments + 100)
                  + ")")) {
        r.next();
        first = r.getLong(1) + 1;
      }
      // the consulted version's section keys, as CommentStore would store them
      List<String> sections = new ArrayList<>();
      try (ResultSet r =
          sql.executeQuery(
              "select s.section_key from draft_section s join consultation c on c.id = "
                  + consultation
                  + " join draft_version v on v.id = s.version_id and v.draft_id = c.draft_id and"
                  + " v.number = c.version_number order by s.position")) {
        while (r.next()) {
          sections.add(r.getString(1));
        }
      }
      String sectionKey =
          sections.size() >= 3
              ? "(array['" + String.join("','", sections) + "'])[1 + g % 3]"
              : "null";
      String sectionNumber = sections.size() >= 3 ? "1 + g % 3" : "null";
      String text =
          "case when g % 10 = 0 then 'campaign ' || (g / 10 % 20) || ' keep summer time all year'"
              + " else 'comment ' || g || ' on ' || (array['clock changes','summer time','winter time',"
              + "'energy savings','road safety','sleep health','farming','tourism','public transport',"
              + "'school hours'])[1 + g % 10] || ' from citizen ' || (g::bigint * 7919 % 100003) end";
      sql.execute(
          "insert into consultation_comment (id, consultation_id, section_key, section_number,"
              + " comment_text, text_hash, author_name, username, category, country,"
              + " mail_language, published, created_at, published_at, version)"
              + " select "
              + first
              + " + g, "
              + consultation
              + ", "
              + sectionKey
              + ", "
              + sectionNumber
              + ", t.text, encode(sha256(convert_to(t.text, 'UTF8')), 'hex'), 'Respondent ' || g,"
              + " null, (array['CITIZEN','BUSINESS','NGO','PUBLIC_AUTHORITY','ACADEMIA','OTHER'])[1 + g % 6],"
              + " (array['EE','FR','DE','IT','ES','PL','NL','BE','FI','SE'])[1 + g % 10], 'en', true,"
              + " c.opens_at + (c.closes_at - c.opens_at) * (g::float8 / "
              + comments
              + "),"
              + " c.opens_at + (c.closes_at - c.opens_at) * (g::float8 / "
              + comments
              + "), 1"
              + " from generate_series(0, "
              + (comments - 1)
              + ") g"
              + " cross join lateral (select "
              + text
              + " as text) t"
              + " join consultation c on c.id = "
              + consultation);
      double inserted = (System.nanoTime() - t0) / 1e9;
      line(
          "2. The INSERT alone: %,d rows in %.1f s, %,.0f rows/s: PostgreSQL's own rate into the comments' table and its indexes on this machine, a ceiling for the bulk upload (point 5)",
          comments, inserted, comments / inserted);
      // what autovacuum does after a large insert (autovacuum_vacuum_insert_threshold), done at
      // once here: the visibility map lets the exact counts of the paged lists be index-only scans
      visible(db);
    }
    return (System.nanoTime() - t0) / 1e9;
  }

  private void publishReport(URL url, long consultation) throws Exception {
    HttpResponse<String> published =
        Load.CLIENT.send(
            HttpRequest.newBuilder(uri(url, "api/consultations/" + consultation + "/report"))
                .header("Authorization", SECRETARIAT)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.noBody())
                .build(),
            HttpResponse.BodyHandlers.ofString());
    line("2. Report published: %d", published.statusCode());
  }

  private void reads(URL url, long big) throws Exception {
    String[][] reads = {
      {
        "first page by date, section 2",
        "api/consultations/" + big + "/comments?section=2&first=0&size=50"
      },
      {"statistics (API)", "api/consultations/" + big + "/statistics"},
      {"statistics page", "consultations/statistics.xhtml?id=" + big},
      {"full-text search", "api/search?q=tourism"},
      {"campaign grouping", "api/consultations/" + big + "/campaigns"},
      {"report page", "consultations/report.xhtml?id=" + big},
    };
    for (String[] read : reads) {
      HttpRequest request =
          HttpRequest.newBuilder(uri(url, read[1])).timeout(Duration.ofSeconds(120)).GET().build();
      Load.Result result = Load.sequential(2, 30, Duration.ofSeconds(60), request);
      line(
          "2. %s `GET /%s` (sequential, 2 warm-ups, up to 30 requests or 60 s): n=%d, p50 %.0f ms, p95 %.0f ms, max %.0f ms%s",
          read[0],
          read[1],
          result.ok(),
          result.ms(50),
          result.ms(95),
          result.ms(100),
          result.firstFailure() == null ? "" : "; failure: " + result.firstFailure());
    }
  }

  private void export(URL url, long big) throws Exception {
    HeapSampler heap = new HeapSampler(TestServer.pid());
    heap.start();
    long t0 = System.nanoTime();
    HttpResponse<InputStream> response =
        Load.CLIENT.send(
            HttpRequest.newBuilder(uri(url, "api/consultations/" + big + "/comments"))
                .timeout(Duration.ofMinutes(30))
                .header("Accept", "text/csv")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofInputStream());
    long lines = 0;
    long bytes = 0;
    try (InputStream in = response.body()) {
      byte[] buffer = new byte[1 << 16];
      int read;
      while ((read = in.read(buffer)) != -1) {
        bytes += read;
        for (int i = 0; i < read; i++) {
          if (buffer[i] == '\n') {
            lines++;
          }
        }
      }
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    heap.stop();
    line(
        "3. CSV export `GET /api/consultations/{id}/comments` (Accept: text/csv): status %d, %,d lines (header included), %,d bytes in %.1f s: %,.0f rows/s; JVM heap used (jstat -gc every 200 ms): peak %,d MiB, old generation peak %,d MiB, before %,d MiB; heap committed peak %,d MiB (-Xmx%s)",
        response.statusCode(),
        lines,
        bytes,
        seconds,
        (lines - 1) / seconds,
        heap.peakUsed / 1024,
        heap.peakOld / 1024,
        heap.first / 1024,
        heap.peakCommitted / 1024,
        XMX);
  }

  private void agenda(URL url) throws Exception {
    String page = uri(url, "meetings/view.xhtml?slug=e-leaders-2019").toString();
    String file = uri(url, "resources/plenary/plenary.css").toString();
    assertThat(get(url, "meetings/view.xhtml?slug=e-leaders-2019", null).statusCode())
        .isEqualTo(200);
    assertThat(get(url, "resources/plenary/plenary.css", null).statusCode()).isEqualTo(200);
    double[] agenda = wrk(page);
    double[] staticFile = wrk(file);
    line(
        "4. Agenda page (wrk -t2 -c64 -d20s): %,.0f req/s, p95 %.1f ms, non-2xx %,.0f; static file /resources/plenary/plenary.css: %,.0f req/s, p95 %.1f ms, non-2xx %,.0f; ratio %.1f%%",
        agenda[0],
        agenda[1],
        agenda[2],
        staticFile[0],
        staticFile[1],
        staticFile[2],
        100 * agenda[0] / staticFile[0]);
  }

  /** requests per second, p95 in ms, non-2xx answers. */
  private double[] wrk(String target) throws Exception {
    Path script = Files.createTempFile("wrk", ".lua");
    Files.writeString(
        script,
        "done = function(summary, latency, requests)\n"
            + "  io.write(string.format(\"BENCH %f %f %d\\n\", summary.requests / (summary.duration / 1e6),"
            + " latency:percentile(95) / 1000, summary.errors.status))\n"
            + "end\n");
    Process wrk =
        new ProcessBuilder(
                "wrk",
                "-t2",
                "-c" + CLIENTS,
                "-d20s",
                "--timeout",
                "30s",
                "-s",
                script.toString(),
                target)
            .redirectErrorStream(true)
            .start();
    String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    wrk.waitFor();
    System.out.println(output);
    Matcher m = Pattern.compile("BENCH ([\\d.]+) ([\\d.]+) (\\d+)").matcher(output);
    if (!m.find()) {
      throw new IllegalStateException("wrk said: " + output);
    }
    return new double[] {
      Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)), Double.parseDouble(m.group(3))
    };
  }

  /**
   * With -Dbench.explain=true: PostgreSQL's plans (EXPLAIN ANALYZE, BUFFERS) of the SQL behind the
   * reads of point 2, written here as the application sends it, printed as lines "EXPLAIN ...".
   */
  private void explain(long big) throws SQLException {
    String published =
        " from consultation_comment c where c.consultation_id = " + big + " and c.published = true";
    String tourism =
        " c.published = true and c.hidden_at is null and c.text_vector"
            + " @@ plainto_tsquery('simple', 'tourism')";
    String joins =
        " from consultation_comment c join consultation k on k.id = c.consultation_id join draft d"
            + " on d.id = k.draft_id join working_group g on g.id = d.group_id where";
    try (Connection db = TestSql.connect();
        Statement sql = db.createStatement()) {
      String section;
      try (ResultSet r =
          sql.executeQuery(
              "select section_key" + published + " and c.section_number = 2 limit 1")) {
        section = r.next() ? "'" + r.getString(1) + "'" : "null";
      }
      String[][] queries = {
        {
          "section page",
          "select *"
              + published
              + " and c.section_key = "
              + section
              + " order by c.created_at, c.id limit 50 offset 0"
        },
        {"section count", "select count(*)" + published + " and c.section_key = " + section},
        {
          "report page",
          "select *"
              + published
              + " order by coalesce(c.section_number, 0), c.id"
              + " limit 50 offset 0"
        },
        {"report count", "select count(*)" + published},
        {
          "statistics, one of five",
          "select country, count(*)" + published + " group by country order by 2 desc, 1"
        },
        {
          "campaign grouping",
          "select text_hash, count(*), count(response_outcome),"
              + " min(created_at), max(created_at), min(id)"
              + published
              + " group by text_hash having count(*) >= 2 order by count(*) desc, min(id)"
        },
        {
          "search: every match ranked (before)",
          "select c.id, ts_rank(c.text_vector, plainto_tsquery('simple', 'tourism')) r"
              + joins
              + tourism
              + " order by r desc limit 20"
        },
        {
          "search: the newest 1,000 matches (after)",
          "select c.id" + joins + tourism + " order by c.id desc fetch first 1000 rows only"
        },
      };
      for (String[] query : queries) {
        System.out.println("EXPLAIN " + query[0] + ": " + query[1]);
        try (ResultSet r = sql.executeQuery("explain (analyze, buffers) " + query[1])) {
          while (r.next()) {
            System.out.println("EXPLAIN   " + r.getString(1));
          }
        }
      }
    }
  }

  private void bulk(URL url, long probeConsultation) throws Exception {
    long target = ConsultationFixtures.draft(url, "bench-bulk").openNow("Bench bulk");
    int probes = 8;
    Load.Result alone =
        Load.run(
            probes, Duration.ofSeconds(20), n -> comment(url, probeConsultation, "alone-" + n, n));
    line("5. Single submissions alone (%d clients, 20 s): %s", probes, alone.summary());
    AtomicBoolean bulkDone = new AtomicBoolean();
    List<Load.Result> during = new ArrayList<>();
    Thread probe =
        new Thread(
            () -> {
              try {
                while (!bulkDone.get()) {
                  during.add(
                      Load.run(
                          probes,
                          Duration.ofSeconds(5),
                          n ->
                              comment(
                                  url,
                                  probeConsultation,
                                  "during-" + System.nanoTime() + "-" + n,
                                  n)));
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    probe.start();
    long t0 = System.nanoTime();
    HttpResponse<String> response =
        Load.CLIENT.send(
            HttpRequest.newBuilder(uri(url, "api/consultations/" + target + "/comments/bulk"))
                .timeout(Duration.ofMinutes(30))
                .header("Authorization", SECRETARIAT)
                .header("Content-Type", "text/csv")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new CsvRows(BULK)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    double seconds = (System.nanoTime() - t0) / 1e9;
    bulkDone.set(true);
    probe.join();
    long stored;
    try (Connection db = TestSql.connect()) {
      stored =
          count(db, "select count(*) from consultation_comment where consultation_id = " + target);
    }
    long[] merged =
        during.stream().flatMapToLong(r -> java.util.Arrays.stream(r.nanos())).sorted().toArray();
    long ok = during.stream().mapToLong(Load.Result::ok).sum();
    long failed = during.stream().mapToLong(Load.Result::failed).sum();
    line(
        "5. Bulk upload of %,d comments (CSV, streamed): status %d in %.1f s: %,.0f comments/s; rows stored %,d; answer %s",
        BULK,
        response.statusCode(),
        seconds,
        BULK / seconds,
        stored,
        response.body().substring(0, Math.min(300, response.body().length())));
    line(
        "5. Single submissions during the bulk upload (%d clients): %,d ok, %,d failed, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms; p99 ratio to alone %.2f",
        probes,
        ok,
        failed,
        Load.percentileMs(merged, 50),
        Load.percentileMs(merged, 95),
        Load.percentileMs(merged, 99),
        Load.percentileMs(merged, 99) / alone.ms(99));
  }

  /** A CSV body of n comments, made as it is read. */
  private static final class CsvRows extends InputStream {
    private final int rows;
    private int row;
    private byte[] chunk = "text,section,name,category,country\n".getBytes(StandardCharsets.UTF_8);
    private int at;

    CsvRows(int rows) {
      this.rows = rows;
    }

    @Override
    public int read() {
      byte[] one = new byte[1];
      return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (at == chunk.length) {
        if (row == rows) {
          return -1;
        }
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 1000 && row < rows; i++, row++) {
          s.append("\"Collected comment ")
              .append(row)
              .append(" on ")
              .append(TOPICS[row % TOPICS.length])
              .append(", handed in by the federation\",")
              .append(1 + row % 3)
              .append(",Member ")
              .append(row)
              .append(",citizen,")
              .append(row % 2 == 0 ? "EE" : "FR")
              .append('\n');
        }
        chunk = s.toString().getBytes(StandardCharsets.UTF_8);
        at = 0;
      }
      int n = Math.min(len, chunk.length - at);
      System.arraycopy(chunk, at, b, off, n);
      at += n;
      return n;
    }
  }

  /** Samples the server's used heap with jstat -gc. */
  private static final class HeapSampler {
    private final Process jstat;
    private Thread reader;
    volatile long peakUsed;
    volatile long peakOld;
    volatile long peakCommitted;
    volatile long first = -1;

    HeapSampler(long pid) throws IOException {
      Path bin = Path.of(System.getProperty("java.home"), "bin", "jstat");
      jstat =
          new ProcessBuilder(bin.toString(), "-gc", String.valueOf(pid), "200")
              .redirectErrorStream(true)
              .start();
    }

    void start() {
      reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
                  String[] header = null;
                  String line;
                  while ((line = in.readLine()) != null) {
                    String[] cells = line.trim().split("\\s+");
                    if (cells.length > 0 && cells[0].equals("S0C")) {
                      header = cells;
                      continue;
                    }
                    if (header == null || cells.length != header.length) {
                      continue;
                    }
                    double used = 0;
                    double old = 0;
                    double committed = 0;
                    for (int i = 0; i < header.length; i++) {
                      switch (header[i]) {
                        case "S0U", "S1U", "EU" -> used += Double.parseDouble(cells[i]);
                        case "S0C", "S1C", "EC", "OC" -> committed += Double.parseDouble(cells[i]);
                        case "OU" -> {
                          used += Double.parseDouble(cells[i]);
                          old = Double.parseDouble(cells[i]);
                        }
                        default -> {}
                      }
                    }
                    if (first < 0) {
                      first = (long) used;
                    }
                    peakUsed = Math.max(peakUsed, (long) used);
                    peakCommitted = Math.max(peakCommitted, (long) committed);
                    peakOld = Math.max(peakOld, (long) old);
                  }
                } catch (IOException | NumberFormatException e) {
                  // the sampler ends with the process
                }
              });
      reader.start();
    }

    void stop() throws InterruptedException {
      jstat.destroy();
      reader.join(5000);
    }
  }

  /** A JIT compiler's thread, by the name Linux keeps ("C2 CompilerThre", cut to 15 characters). */
  private static boolean compiler(String thread) {
    return thread.startsWith("C1 CompilerThre") || thread.startsWith("C2 CompilerThre");
  }

  /** Methods waiting for the server's optimising compiler, by {@code jcmd <pid> Compiler.queue}. */
  private static int compileQueue(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process process =
          new ProcessBuilder(jcmd.toString(), String.valueOf(pid), "Compiler.queue")
              .redirectErrorStream(true)
              .start();
      List<String> lines;
      try (BufferedReader out =
          new BufferedReader(new InputStreamReader(process.getInputStream()))) {
        lines = out.lines().toList();
      }
      process.waitFor();
      int queued = 0;
      boolean inC2 = false;
      for (String line : lines) {
        if (line.startsWith("C2 compile queue")) {
          inC2 = true;
        } else if (inC2 && line.isBlank()) {
          break;
        } else if (inC2 && !line.strip().equals("Empty")) {
          queued++;
        }
      }
      return queued;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** PostgreSQL's postmaster: the parent of this connection's backend. */
  private static long postmaster() throws SQLException, IOException {
    try (Connection db = TestSql.connect()) {
      return ProcessCpu.parent(count(db, "select pg_backend_pid()"));
    }
  }

  private static String status(long pid, String field) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith(field + ":")) {
        return line.substring(field.length() + 1).strip();
      }
    }
    return "?";
  }

  private static HttpResponse<String> get(URL url, String path, String authorization)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(url, path)).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return Load.CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  private static URI uri(URL url, String path) {
    return URI.create(url.toString()).resolve(path);
  }

  /**
   * VACUUMs the comments until the visibility map covers nearly all of them, as autovacuum would in
   * the end: a transaction older than the generated rows (the mail outbox draining the ingest's
   * confirmation mails, say) keeps VACUUM from marking them visible to all, and the planner then
   * counts by reading the whole table. Reports who held such a snapshot, and how the map ended.
   */
  private void visible(Connection db) throws SQLException, InterruptedException {
    double fraction = 0;
    int attempt = 0;
    while (attempt < 12) {
      if (attempt++ > 0) {
        Thread.sleep(5_000);
      }
      try (Statement sql = db.createStatement()) {
        sql.execute("vacuum analyze consultation_comment");
        try (ResultSet r =
            sql.executeQuery(
                "select relallvisible, relpages from pg_class where relname ="
                    + " 'consultation_comment'")) {
          r.next();
          fraction = r.getLong(1) / (double) Math.max(1, r.getLong(2));
        }
        if (fraction >= 0.95) {
          break;
        }
        try (ResultSet r =
            sql.executeQuery(
                "select pid, state, now() - xact_start, left(query, 120) from pg_stat_activity"
                    + " where backend_xmin is not null and pid <> pg_backend_pid()")) {
          while (r.next()) {
            line(
                "2. VACUUM attempt %d: %.0f%% of the pages all-visible; snapshot held by pid %d,"
                    + " %s for %s: %s",
                attempt,
                fraction * 100,
                r.getInt(1),
                r.getString(2),
                r.getString(3),
                r.getString(4));
          }
        }
      }
    }
    line(
        "2. Visibility map after %d VACUUM(s): %.0f%% of the comments' pages all-visible",
        attempt, fraction * 100);
  }

  private static String setting(Connection db, String name) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("show " + name)) {
      r.next();
      return r.getString(1);
    }
  }

  private static long count(Connection db, String sql) throws SQLException {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private void line(String format, Object... args) {
    String text = String.format(Locale.ROOT, format, args);
    System.out.println("BENCH " + text);
    report.append("- ").append(text).append('\n');
    try {
      Path out = Path.of("target", "bench", "progress.md");
      Files.createDirectories(out.getParent());
      Files.writeString(out, report.toString());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
