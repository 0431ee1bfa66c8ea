package org.plenary.web.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.LongFunction;

/**
 * A closed-loop load driver: a fixed number of platform threads, each sending its next request as
 * soon as the previous one answered, for a fixed time. Every latency is recorded, so percentiles
 * are exact (nearest rank), not estimated from buckets.
 */
final class Load {
  static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private Load() {}

  /** What a run measured. */
  record Result(long ok, long failed, double seconds, long[] nanos, String firstFailure) {
    double perSecond() {
      return ok / seconds;
    }

    double ms(double percentile) {
      return percentileMs(nanos, percentile);
    }

    String summary() {
      return String.format(
          "%,d ok, %,d failed in %.1f s: %,.0f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%s",
          ok,
          failed,
          seconds,
          perSecond(),
          ms(50),
          ms(95),
          ms(99),
          firstFailure == null ? "" : " (first failure: " + firstFailure + ")");
    }
  }

  static double percentileMs(long[] sortedNanos, double percentile) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
    return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, rank - 1))] / 1e6;
  }

  /**
   * Runs {@code clients} threads for {@code duration}; request {@code n} (a number unique in the
   * run) is built by {@code requests}. A 2xx answer counts as ok.
   */
  static Result run(int clients, Duration duration, LongFunction<HttpRequest> requests)
      throws InterruptedException {
    return run(clients, duration, new AtomicBoolean(), requests);
  }

  /**
   * As {@link #run(int, Duration, LongFunction)}, but ends as soon as {@code done} (asked every
   * five seconds) says so.
   */
  static Result run(
      int clients, Duration atMost, BooleanSupplier done, LongFunction<HttpRequest> requests)
      throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    Thread watcher =
        new Thread(
            () -> {
              try {
                while (!stop.get()) {
                  Thread.sleep(5_000);
                  if (done.getAsBoolean()) {
                    stop.set(true);
                  }
                }
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            },
            "load-watcher");
    watcher.setDaemon(true);
    watcher.start();
    try {
      return run(clients, atMost, stop, requests);
    } finally {
      stop.set(true);
      watcher.interrupt();
    }
  }

  private static Result run(
      int clients, Duration duration, AtomicBoolean stop, LongFunction<HttpRequest> requests)
      throws InterruptedException {
    AtomicLong sequence = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicReference<String> firstFailure = new AtomicReference<>();
    List<long[]> perThread = new ArrayList<>();
    int[] counts = new int[clients];
    List<Thread> threads = new ArrayList<>();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    for (int t = 0; t < clients; t++) {
      long[] latencies = new long[4_000_000 / clients];
      perThread.add(latencies);
      int index = t;
      Thread thread =
          new Thread(
              () -> {
                while (System.nanoTime() < end && !stop.get()) {
                  HttpRequest request = requests.apply(sequence.incrementAndGet());
                  long t0 = System.nanoTime();
                  try {
                    HttpResponse<String> response =
                        CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
                    long took = System.nanoTime() - t0;
                    if (response.statusCode() / 100 == 2) {
                      if (counts[index] < latencies.length) {
                        latencies[counts[index]++] = took;
                      }
                    } else {
                      failed.incrementAndGet();
                      firstFailure.compareAndSet(
                          null,
                          response.statusCode()
                              + " "
                              + response
                                  .body()
                                  .substring(0, Math.min(200, response.body().length())));
                    }
                  } catch (IOException e) {
                    failed.incrementAndGet();
                    firstFailure.compareAndSet(null, e.toString());
                  } catch (InterruptedException e) {
                    return;
                  }
                }
              },
              "load-" + t);
      threads.add(thread);
      thread.start();
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    int total = Arrays.stream(counts).sum();
    long[] all = new long[total];
    int at = 0;
    for (int t = 0; t < clients; t++) {
      System.arraycopy(perThread.get(t), 0, all, at, counts[t]);
      at += counts[t];
    }
    Arrays.sort(all);
    return new Result(total, failed.get(), seconds, all, firstFailure.get());
  }

  /** {@code times} requests one after the other (after {@code warmUp} unmeasured ones). */
  static Result sequential(int warmUp, int times, Duration atMost, HttpRequest request)
      throws IOException, InterruptedException {
    for (int i = 0; i < warmUp; i++) {
      CLIENT.send(request, HttpResponse.BodyHandlers.discarding());
    }
    long[] latencies = new long[times];
    int n = 0;
    long failed = 0;
    String firstFailure = null;
    long start = System.nanoTime();
    long end = start + atMost.toNanos();
    while (n < times && System.nanoTime() < end) {
      long t0 = System.nanoTime();
      HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
      long took = System.nanoTime() - t0;
      if (response.statusCode() / 100 == 2) {
        latencies[n++] = took;
      } else {
        failed++;
        if (firstFailure == null) {
          firstFailure = response.statusCode() + " " + response.body();
        }
        if (failed > 3) {
          break;
        }
      }
    }
    long[] done = Arrays.copyOf(latencies, n);
    Arrays.sort(done);
    return new Result(n, failed, (System.nanoTime() - start) / 1e9, done, firstFailure);
  }
}
