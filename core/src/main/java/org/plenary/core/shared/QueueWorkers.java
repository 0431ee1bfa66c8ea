package org.plenary.core.shared;

import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * At most a fixed number of threads draining a queue: started when work is added, ending when the
 * queue is empty. Handing each item to a managed executor on its own would capture the caller's
 * context every time, which under a burst costs more than the work; here a thread is started only
 * when fewer than the most are running. Used by the mail outbox's pump and the comments' group
 * commit.
 *
 * @param <T> the queue's items
 */
public final class QueueWorkers<T> {
  private final Queue<T> queue;
  private final int most;
  private final Runnable drain;
  private final Consumer<RejectedExecutionException> refused;
  private final AtomicInteger running = new AtomicInteger();

  /**
   * @param queue the work, shared with whoever adds to it
   * @param most threads at most
   * @param drain takes items from the queue until it is empty
   * @param refused what to do when the executor takes no more tasks
   */
  public QueueWorkers(
      Queue<T> queue, int most, Runnable drain, Consumer<RejectedExecutionException> refused) {
    this.queue = queue;
    this.most = most;
    this.drain = drain;
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

  private void work(Executor executor) {
    try {
      drain.run();
    } finally {
      running.decrementAndGet();
    }
    // an item added after the last poll, while every thread was still counted as running
    if (!queue.isEmpty()) {
      start(executor);
    }
  }
}
