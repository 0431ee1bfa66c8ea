package org.plenary.core.mail;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
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
 * as far as its queue takes them (it used to send at most 200 a minute itself).
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
    assertThat(sender.sent()).containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(pump.room()).isEqualTo(MailPump.WAITING);
  }

  @Test
  void theTimerHandsThePumpEveryDueRowItsQueueTakesAndNoneTwice() {
    MailRetryTimer timer = new MailRetryTimer();
    timer.pump = pump;
    timer.outbox =
        new MailOutbox() {
          @Override
          public List<Long> due(int max) {
            // 5,000 rows due, more than the 200 a minute the timer used to send; a row being sent
            // is claimed, and claimed rows are not due
            List<Long> taken = sender.sent();
            return LongStream.rangeClosed(1, 5_000)
                .boxed()
                .filter(id -> !taken.contains(id))
                .limit(max)
                .toList();
          }
        };

    timer.retry();
    timer.retry(); // a minute later, before any was sent: each is queued once
    sender.open.countDown();

    await(() -> pump.room() == MailPump.WAITING && sender.sent().size() >= 5_000);
    assertThat(sender.sent()).hasSize(5_000).doesNotHaveDuplicates();
  }

  private static void await(BooleanSupplier condition) {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("reached within 10 s").isLessThan(until);
      Thread.onSpinWait();
    }
  }

  /** Records the rows it is asked to send, each group after {@link #open} is counted down. */
  static class Sender extends MailSender {
    final CountDownLatch open = new CountDownLatch(1);
    private final List<Long> sent = Collections.synchronizedList(new ArrayList<>());

    List<Long> sent() {
      synchronized (sent) {
        return List.copyOf(sent);
      }
    }

    @Override
    public int send(List<Long> ids, Mailer.Connection smtp) {
      assertThat(ids).hasSizeLessThanOrEqualTo(MailPump.GROUP);
      sent.addAll(ids);
      try {
        return open.await(10, TimeUnit.SECONDS) ? ids.size() : 0;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 0;
      }
    }
  }
}
