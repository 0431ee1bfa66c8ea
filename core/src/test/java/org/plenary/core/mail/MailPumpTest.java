package org.plenary.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pump queues a row once however often it is offered, and the retry timer hands it the due rows
 * as far as its queue takes them (it used to send at most 200 a minute itself); when more are due
 * than the queue takes, or committed rows found it full, the pump goes on by itself.
 */
class MailPumpTest {
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Sender sender = new Sender();
  private final MailPump pump = new MailPump();

  @BeforeEach
  void wire() {
    pump.sender = sender;
    pump.mailer = // never connects: the sender below only records
        new Mailer(
            "127.0.0.1", 1, Optional.empty(), Optional.empty(), "no-reply@plenary.test", null);
    pump.executor =
        (ManagedExecutorService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class},
                (proxy, method, args) -> {
                  threads.execute((Runnable) args[0]);
                  return null;
                });
  }

  @AfterEach
  void stop() {
    sender.open.countDown();
    threads.shutdownNow();
  }

  @Test
  void aRowOfferedAgainWhileItWaitsIsSentOnce() {
    pump.offer(1);
    await(() -> sender.sent().size() == 1); // one thread holds row 1
    pump.offer(2);
    await(() -> sender.sent().size() == 2); // the other holds row 2
    pump.offer(3);
    pump.offer(3);
    pump.offer(3);
    assertThat(pump.room()).isEqualTo(MailPump.WAITING - 1);

    sender.open.countDown();

    await(() -> sender.sent().size() == 3);
    assertThat(sender.handed()).containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(pump.room()).isEqualTo(MailPump.WAITING);
  }

  @Test
  void theTimerHandsThePumpEveryDueRowItsQueueTakesAndNoneTwice() {
    // 5,000 rows due, more than the 200 a minute the timer used to send
    pump.outbox = new Due(5_000);
    MailRetryTimer timer = new MailRetryTimer();
    timer.pump = pump;

    timer.retry();
    timer.retry(); // a minute later, before any was sent: each is queued once
    sender.open.countDown();

    await(() -> pump.room() == MailPump.WAITING && sender.sent().size() >= 5_000);
    assertThat(sender.sent()).hasSize(5_000).doesNotHaveDuplicates();
    // The timer's second call queues none twice. A refill of the pump's own (when the second
    // call found the queue's room exactly filled) may still hand a row a worker sent after the
    // refill read the outbox: its claim then fails and it is not sent again (seen once: 20 rows).
    assertThat(Set.copyOf(sender.handed())).hasSize(5_000);
  }

  @Test
  void afterABurstLargerThanItsQueueThePumpRefillsItselfWithoutWaitingForTheTimer() {
    // 25,000 due rows: the timer's one call fills the queue, the pump takes the rest itself as it
    // empties (before, one queue left a minute)
    pump.outbox = new Due(25_000);
    MailRetryTimer timer = new MailRetryTimer();
    timer.pump = pump;
    sender.open.countDown();

    timer.retry();

    await(() -> sender.sent().size() >= 25_000 && pump.room() == MailPump.WAITING);
    assertThat(sender.sent()).hasSize(25_000);
  }

  @Test
  void rowsThatFoundTheQueueFullLeaveAsItEmptiesBeforeTheyAreDue() {
    // a burst of 15,000 committed rows while both threads are held: 10,000 fit in the queue, the
    // rest stay in the outbox, none of them due for a minute; the pump takes them once it empties
    pump.outbox = new Fresh(15_000);
    for (long id = 1; id <= 15_000; id++) {
      pump.offer(id);
    }
    assertThat(pump.room()).isZero();

    sender.open.countDown();

    await(() -> sender.sent().size() >= 15_000 && pump.room() == MailPump.WAITING);
    assertThat(sender.sent()).hasSize(15_000);
  }

  @Test
  void aBurstOfMoreThanTwoQueuesOfFreshRowsLeavesWithoutWaitingUntilItIsDue() {
    // 25,000 committed rows while both threads are held: the first refill fills the queue again
    // and still leaves 5,000 behind, none due for a minute; those leave as the queue empties too
    // (they waited for the timer's minute: the outbox took 64 s to empty after the bench's burst)
    pump.outbox = new Fresh(25_000);
    for (long id = 1; id <= 25_000; id++) {
      pump.offer(id);
    }

    sender.open.countDown();

    await(() -> sender.sent().size() >= 25_000 && pump.room() == MailPump.WAITING);
    assertThat(sender.sent()).hasSize(25_000);
  }

  /** An outbox of rows 1 to {@code rows} committed just now: unsent until sent, none due. */
  private final class Fresh extends MailOutbox {
    private final int rows;

    Fresh(int rows) {
      this.rows = rows;
    }

    @Override
    public List<Long> due(int max) {
      return List.of();
    }

    @Override
    public List<Long> unsent(int max) {
      return LongStream.rangeClosed(1, rows)
          .boxed()
          .filter(id -> !sender.taken(id))
          .limit(max)
          .toList();
    }
  }

  /** An outbox of rows 1 to {@code rows}, due until sent; a row being sent is claimed, not due. */
  private final class Due extends MailOutbox {
    private final int rows;

    Due(int rows) {
      this.rows = rows;
    }

    @Override
    public List<Long> due(int max) {
      return LongStream.rangeClosed(1, rows)
          .boxed()
          .filter(id -> !sender.taken(id))
          .limit(max)
          .toList();
    }
  }

  private static void await(BooleanSupplier condition) {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("reached within 10 s").isLessThan(until);
      Thread.onSpinWait();
    }
  }

  /**
   * Records the rows it is handed and those whose claim it wins (each row once, as the outbox's
   * atomic claim lets it: a row handed again after it was sent is not sent again), each group after
   * {@link #open} is counted down.
   */
  static class Sender extends MailSender {
    final CountDownLatch open = new CountDownLatch(1);
    private final List<Long> handed = Collections.synchronizedList(new ArrayList<>());
    private final List<Long> sent = Collections.synchronizedList(new ArrayList<>());
    private final Set<Long> taken = ConcurrentHashMap.newKeySet();

    boolean taken(long id) {
      return taken.contains(id);
    }

    List<Long> handed() {
      synchronized (handed) {
        return List.copyOf(handed);
      }
    }

    List<Long> sent() {
      synchronized (sent) {
        return List.copyOf(sent);
      }
    }

    @Override
    public int send(List<Long> ids, Mailer.Connection smtp) {
      assertThat(ids).hasSizeLessThanOrEqualTo(MailPump.GROUP);
      handed.addAll(ids);
      List<Long> claimed = ids.stream().filter(taken::add).toList();
      sent.addAll(claimed);
      try {
        return open.await(10, TimeUnit.SECONDS) ? claimed.size() : 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 0;
      }
    }
  }
}
