package org.plenary.core.mail;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
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
 * of row ids and stop when it has stayed empty for {@link #LINGER}. The queue is only a hint of
 * what to send first: the rows are in the outbox, so an id that does not fit in it, or that a node
 * took down with it, waits for {@link MailRetryTimer}, which hands the due rows back to this queue
 * ({@link #refill}); after a burst the pump refills itself as its queue empties. An id is queued
 * once at a time, and not again while it is being sent. Handing each mail to the executor on its
 * own captured the request's context every time, which under a burst of comments cost more than
 * storing the comment.
 */
@ApplicationScoped
public class MailPump {
  private static final Logger LOG = Logger.getLogger(MailPump.class.getName());
  static final int WORKERS = 2;
  static final int WAITING = 10_000;

  /** How long a thread with nothing to send waits for a row before it ends. */
  static final Duration LINGER = Duration.ofMillis(100);

  /** Rows claimed, sent and deleted together at most. */
  static final int GROUP = 32;

  private final BlockingQueue<Long> waiting = new ArrayBlockingQueue<>(WAITING);
  private final Set<Long> queued = ConcurrentHashMap.newKeySet();
  private final QueueWorkers<Long> workers =
      new QueueWorkers<>(
          waiting,
          WORKERS,
          LINGER,
          this::sendFrom,
          refused -> LOG.log(Level.WARNING, "Outbox mails left for the retry timer: " + refused));

  @Inject MailSender sender;
  @Inject Mailer mailer;
  @Inject MailOutbox outbox;

  /** The last refill filled the queue: more due rows may wait in the outbox. */
  private volatile boolean behind;

  /** A committed row found the queue full: it waits in the outbox, not due yet. */
  private volatile boolean overflowed;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  /**
   * Sends the row soon, unless it is queued already, or leaves it in the outbox for a refill when
   * too many wait; true when it was queued now.
   */
  boolean offer(long id) {
    if (!queued.add(id)) {
      return false;
    }
    if (!waiting.offer(id)) {
      queued.remove(id);
      overflowed = true;
      LOG.fine(() -> "Mail " + id + " left in the outbox until the queue empties: it is full");
      return false;
    }
    workers.start(executor);
    return true;
  }

  /** How many more ids the queue takes now. */
  int room() {
    return waiting.remainingCapacity();
  }

  /**
   * Queues the outbox's due rows as far as the queue takes them, and, when rows found the queue
   * full since the last refill, the unsent ones not due yet too; returns how many it queued. The
   * retry timer calls it every minute; the pump itself when its queue empties while rows wait, so
   * after a burst larger than the queue the mails keep leaving at the pump's pace, instead of one
   * queue a minute and a minute late.
   */
  int refill() {
    int room = room();
    if (room == 0) {
      behind = true;
      return 0;
    }
    boolean fresh = overflowed;
    overflowed = false;
    List<Long> rows = fresh ? outbox.unsent(room) : outbox.due(room);
    behind = rows.size() == room;
    if (fresh && behind) {
      overflowed = true; // more rows than the queue took, not due yet: the next refill takes them
    }
    int queuedNow = 0;
    for (long id : rows) {
      if (offer(id)) {
        queuedNow++;
      }
    }
    return queuedNow;
  }

  /**
   * Sends this row and what waits behind it over one SMTP connection, opened with the first mail,
   * claiming up to {@link #GROUP} rows at once.
   */
  private void sendFrom(Long first) {
    List<Long> group = new ArrayList<>(GROUP);
    group.add(first);
    try (Mailer.Connection smtp = mailer.connection()) {
      do {
        while (waiting.drainTo(group, GROUP - group.size()) > 0 || !group.isEmpty()) {
          try {
            sender.send(group, smtp);
          } finally {
            queued.removeAll(group); // offered again while being sent, a row was ignored
          }
          group.clear();
        }
      } while ((behind || overflowed) && refill() > 0);
    }
  }
}
