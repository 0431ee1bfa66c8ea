package org.plenary.core.shared;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * At most a fixed number of threads draining a queue: started when work is added, ending when the
 * queue has stayed empty for a moment ({@code linger}). Handing each item to a managed executor on
 * its own would capture the caller's context every time, which under a burst costs more than the
 * work; here a thread is started only when fewer than the most are running, and a thread that finds
 * the queue empty waits a little for more before it ends, so a steady flow of work starts no thread
 * at all (issue 8's profile: starting a writer for each group of comments was a fifth of the
 * comment's own CPU, Payara's context capture searching the application's jars for services each
 * time). Used by the mail outbox's pump and the comments' group commit.
 *
 * @param <T> the queue's items
 */
public final class QueueWorkers<T> {
  /**
   * How long a thread works at most before it hands on to a new one: under a steady flow a thread
   * would otherwise never end, and Payara's executors count a task running for 300 s as hung.
   */
  static final Duration TURN = Duration.ofSeconds(60);

  private final BlockingQueue<T> queue;
  private final int most;
  private final long lingerNanos;
  private final Consumer<T> take;
  private final Consumer<RejectedExecutionException> refused;
  private final AtomicInteger running = new AtomicInteger();

  /**
   * @param queue the work, shared with whoever adds to it
   * @param most threads at most
   * @param linger how long a thread waits for work before it ends
   * @param take handles the item taken from the queue and, if it likes, others it takes after it
   * @param refused what to do when the executor takes no more tasks
   */
  public QueueWorkers(
      BlockingQueue<T> queue,
      int most,
      Duration linger,
      Consumer<T> take,
      Consumer<RejectedExecutionException> refused) {
    this.queue = queue;
    this.most = most;
    this.lingerNanos = linger.toNanos();
    this.take = take;
    this.refused = refused;
  }

  /** Starts a thread on the executor unless the most are running; call after adding work. */
  public void start(Executor executor) {
    for (int now = running.get(); now < most; now = running.get()) {
      if (running.compareAndSet(now, now + 1)) {
        try {
          executor.execute(() -> work(executor));
        } catch (RejectedExecutionException e) {
          running.decrementAndGet();
          refused.accept(e);
        }
        return;
      }
    }
  }

  /** Threads running now, lingering ones included. */
  public int running() {
    return running.get();
  }

  private T next() throws InterruptedException {
    return queue.poll(lingerNanos, TimeUnit.NANOSECONDS);
  }

  private void work(Executor executor) {
    try {
      long until = System.nanoTime() + TURN.toNanos();
      for (T item = next(); item != null; item = System.nanoTime() < until ? next() : null) {
        take.accept(item);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt(); // the executor shuts down
      return;
    } finally {
      running.decrementAndGet();
    }
    // an item added after the last poll, while every thread was still counted as running, or
    // waiting when this thread's turn ended
    if (!queue.isEmpty()) {
      start(executor);
    }
  }
}
