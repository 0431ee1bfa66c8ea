package org.plenary.core.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenary.core.shared.QueueWorkers;

/**
 * Sends committed outbox rows soon, on at most {@link #WORKERS} managed threads that drain a queue
 * of row ids and stop when it is empty. The queue is only a hint of what to send first: the rows
 * are in the outbox, so an id that does not fit in it, or that a node took down with it, waits for
 * {@link MailRetryTimer}, which hands the due rows back to this queue as it empties. An id is
 * queued once at a time. Handing each mail to the executor on its own captured the request's
 * context every time, which under a burst of comments cost more than storing the comment.
 */
@ApplicationScoped
public class MailPump {
  private static final Logger LOG = Logger.getLogger(MailPump.class.getName());
  static final int WORKERS = 2;
  static final int WAITING = 10_000;

  /** Rows claimed, sent and deleted together at most. */
  static final int GROUP = 32;

  private final BlockingQueue<Long> waiting = new ArrayBlockingQueue<>(WAITING);
  private final Set<Long> queued = ConcurrentHashMap.newKeySet();
  private final QueueWorkers<Long> workers =
      new QueueWorkers<>(
          waiting,
          WORKERS,
          this::drain,
          refused -> LOG.log(Level.WARNING, "Outbox mails left for the retry timer: " + refused));

  @Inject MailSender sender;
  @Inject Mailer mailer;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  /**
   * Sends the row soon, unless it is queued already, or leaves it to the retry timer when too many
   * wait.
   */
  void offer(long id) {
    if (!queued.add(id)) {
      return;
    }
    if (!waiting.offer(id)) {
      queued.remove(id);
      LOG.fine(() -> "Mail " + id + " left in the outbox for the retry timer: the queue is full");
      return;
    }
    workers.start(executor);
  }

  /** How many more ids the queue takes now. */
  int room() {
    return waiting.remainingCapacity();
  }

  /**
   * Sends what waits over one SMTP connection, opened with the first mail, claiming up to {@link
   * #GROUP} rows at once.
   */
  private void drain() {
    List<Long> group = new ArrayList<>(GROUP);
    try (Mailer.Connection smtp = mailer.connection()) {
      while (waiting.drainTo(group, GROUP) > 0) {
        queued.removeAll(group);
        sender.send(group, smtp);
        group.clear();
      }
    }
  }
}
