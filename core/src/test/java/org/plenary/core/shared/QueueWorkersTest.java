package org.plenary.core.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A thread is started only when work arrives and fewer than the most run; it waits its linger for
 * more before it ends, so work arriving steadily is taken by the thread already running.
 */
class QueueWorkersTest {
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final AtomicInteger started = new AtomicInteger();
  private final Semaphore ended = new Semaphore(0);
  private final Executor counting =
      task -> {
        started.incrementAndGet();
        threads.execute(
            () -> {
              try {
                task.run();
              } finally {
                ended.release();
              }
            });
      };
  private final BlockingQueue<Integer> queue = new ArrayBlockingQueue<>(100);
  private final BlockingQueue<Integer> taken = new LinkedBlockingQueue<>();

  @AfterEach
  void stop() {
    threads.shutdownNow();
  }

  @Test
  void workArrivingWithinTheLingerIsTakenByTheThreadAlreadyRunning() throws Exception {
    QueueWorkers<Integer> workers = workers(1, Duration.ofSeconds(30));
    for (int i = 1; i <= 5; i++) {
      add(workers, i);
      assertThat(next()).isEqualTo(i); // taken before the next is added
    }
    assertThat(started).hasValue(1);
    assertThat(workers.running()).isEqualTo(1);
  }

  @Test
  void aThreadEndsWhenNothingCameWithinItsLingerAndTheNextWorkStartsAnother() throws Exception {
    QueueWorkers<Integer> workers = workers(1, Duration.ofMillis(50));
    add(workers, 1);
    assertThat(next()).isEqualTo(1);
    assertThat(ended.tryAcquire(10, TimeUnit.SECONDS)).isTrue();
    assertThat(workers.running()).isZero();
    add(workers, 2);
    assertThat(next()).isEqualTo(2);
    assertThat(started).hasValue(2);
  }

  @Test
  void noMoreThreadsThanTheMostRunHoweverMuchWorkArrives() throws Exception {
    QueueWorkers<Integer> workers = workers(2, Duration.ofSeconds(30));
    for (int i = 1; i <= 50; i++) {
      add(workers, i);
    }
    List<Integer> all = new ArrayList<>();
    for (int i = 1; i <= 50; i++) {
      all.add(next());
    }
    assertThat(all)
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 50).boxed().toList());
    assertThat(started.get()).isBetween(1, 2);
    assertThat(workers.running()).isEqualTo(started.get());
  }

  private QueueWorkers<Integer> workers(int most, Duration linger) {
    return new QueueWorkers<>(
        queue,
        most,
        linger,
        taken::add,
        refused -> {
          throw refused;
        });
  }

  private void add(QueueWorkers<Integer> workers, int item) {
    assertThat(queue.offer(item)).isTrue();
    workers.start(counting);
  }

  private Integer next() throws InterruptedException {
    Integer item = taken.poll(10, TimeUnit.SECONDS);
    assertThat(item).as("taken within 10 s").isNotNull();
    return item;
  }
}
