package org.plenary.consultation.consultations.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.plenary.core.shared.QueueWorkers;

/**
 * Group commit for the comments submitted one at a time, by people signed in or not: the comments
 * submitted while a transaction is being written wait for it and then go together into the next
 * one, on at most {@link #WRITERS} managed threads (each waits {@link #LINGER} for more comments
 * before it ends, so a steady flow starts none), up to {@link #MOST} per transaction. Each request
 * thread waits until its comment's transaction has committed, so an acknowledged comment is stored,
 * and a comment never waits in memory beyond a request that is still open: nothing acknowledged is
 * lost in a crash. One commit (one flush of PostgreSQL's log) for many comments is what lets a node
 * take bursts its database could not take one transaction per comment.
 *
 * <p>A comment that breaks a rule is refused on its own. When one transaction fails as a whole (an
 * idempotency key met a stored comment: a retry; or the database failed), its comments are stored
 * one by one, each with the outcome it would have had alone. With no comment waiting, a comment is
 * written at once, alone: the group only forms under load.
 */
@ApplicationScoped
public class CommentWriter {
  private static final Logger LOG = Logger.getLogger(CommentWriter.class.getName());

  /** Threads writing transactions at once. */
  static final int WRITERS = 2;

  /** Comments per transaction at most. */
  static final int MOST = 64;

  /** Comments waiting at most; beyond, a request thread stores its comment itself. */
  static final int WAITING = 4_096;

  /** How long a writer with nothing to write waits for a comment before its thread ends. */
  static final Duration LINGER = Duration.ofMillis(100);

  /** How long a request waits for its comment's transaction. */
  static final long WAIT_SECONDS = 120;

  private final BlockingQueue<Pending> waiting = new ArrayBlockingQueue<>(WAITING);
  private final QueueWorkers<Pending> writers =
      new QueueWorkers<>(
          waiting,
          WRITERS,
          LINGER,
          this::commitFrom,
          refused -> {
            LOG.log(Level.WARNING, "Comments stored by their own threads: " + refused);
            for (Pending pending = waiting.poll(); pending != null; pending = waiting.poll()) {
              commitFrom(pending);
            }
          });

  // @EJB on the path of every comment: Payara's CDI proxy of a session bean takes the class
  // loader's lock on every call (issue 8's profile), the container's reference does not.
  @EJB CommentStore store;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private record Pending(CommentRequest request, CompletableFuture<Submission> outcome) {}

  /**
   * Stores the comment with others that arrive meanwhile; returns once its transaction has
   * committed.
   *
   * @throws KeyTaken when a comment is stored under its key already
   * @throws ConsultationRefused when the consultation is not open or the comment breaks a rule
   */
  Submission write(CommentRequest request) {
    Pending pending = new Pending(request, new CompletableFuture<>());
    if (!waiting.offer(pending)) {
      commit(List.of(pending)); // too many wait: this thread stores its own
    } else {
      writers.start(executor);
    }
    try {
      return pending.outcome().get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (ExecutionException failed) {
      if (failed.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw new IllegalStateException(failed.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the comment was being stored", e);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "the comment's transaction took more than " + WAIT_SECONDS + " s", e);
    }
  }

  /** Comments waiting for a writer now. */
  int waiting() {
    return waiting.size();
  }

  /** Commits this comment with those waiting behind it, up to {@link #MOST}. */
  private void commitFrom(Pending first) {
    List<Pending> group = new ArrayList<>(MOST);
    group.add(first);
    waiting.drainTo(group, MOST - 1);
    commit(group);
  }

  private void commit(List<Pending> group) {
    List<CommentStore.Outcome> outcomes;
    try {
      outcomes = store.insertAll(group.stream().map(Pending::request).toList());
    } catch (RuntimeException failed) {
      if (group.size() == 1) {
        group.get(0).outcome().completeExceptionally(failed);
        return;
      }
      // a retried key, or the database: each comment alone, with the outcome it would have had
      for (Pending pending : group) {
        commit(List.of(pending));
      }
      return;
    }
    for (int i = 0; i < group.size(); i++) {
      CommentStore.Outcome outcome = outcomes.get(i);
      if (outcome.refusal() == null) {
        group.get(i).outcome().complete(outcome.submission());
      } else {
        group.get(i).outcome().completeExceptionally(outcome.refusal());
      }
    }
  }
}
