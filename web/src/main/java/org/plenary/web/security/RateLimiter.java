package org.plenary.web.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client for one kind of action. Each bucket starts full with the rate's permits
 * and refills continuously; an action takes a token or is refused with the time until the next one.
 * Buckets live in this node's memory: behind a sticky load balancer a client stays on one node, and
 * a restart forgets them, which only ever lets a client through. When the table grows large,
 * buckets that have refilled completely (clients gone quiet) are dropped, so a flood of addresses
 * cannot exhaust the heap.
 */
final class RateLimiter {
  private static final int SWEEP_ABOVE = 50_000;

  private final Rate rate;
  private final LongSupplier nanoTime;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  RateLimiter(Rate rate, LongSupplier nanoTime) {
    this.rate = rate;
    this.nanoTime = nanoTime;
  }

  /** Takes a permit for the client, or says how long it must wait for the next one. */
  Optional<Duration> take(String client) {
    if (rate.isOff()) {
      return Optional.empty();
    }
    long now = nanoTime.getAsLong();
    if (buckets.size() > SWEEP_ABOVE) {
      buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
    long wait = buckets.computeIfAbsent(client, key -> new Bucket(now)).take(now);
    return wait == 0 ? Optional.empty() : Optional.of(Duration.ofNanos(wait));
  }

  int clients() {
    return buckets.size();
  }

  /**
   * The generic cell rate algorithm: instead of counting tokens, a bucket remembers when it would
   * be full again ({@code fullAt}); an action moves that a permit's interval later, unless that
   * would put it more than the whole burst ahead of now. Exact in nanoseconds, no floating point.
   */
  private final class Bucket {
    private final long interval = rate.window().toNanos() / rate.permits();
    private final long burst = interval * rate.permits();
    private long fullAt;

    Bucket(long now) {
      fullAt = now;
    }

    /** 0 if the action may go ahead, else the nanoseconds until it may. */
    synchronized long take(long now) {
      long next = Math.max(fullAt, now) + interval;
      long excess = next - now - burst;
      if (excess > 0) {
        return excess;
      }
      fullAt = next;
      return 0;
    }

    synchronized boolean isFull(long now) {
      return fullAt <= now;
    }
  }
}
