package org.plenary.consultation.consultations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.consultations.domain.ConsultationRefused.Code;

/**
 * The group commit, with a store that holds its transactions until the test lets them go: comments
 * submitted while both writers are busy go into one transaction, each caller gets its own outcome,
 * and a group that fails as a whole is stored one comment at a time.
 */
class CommentWriterTest {
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final Store store = new Store();
  private final CommentWriter writer = new CommentWriter();

  @BeforeEach
  void wire() {
    writer.store = store;
    writer.executor =
        (ManagedExecutorService)
            Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {ManagedExecutorService.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("execute")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  threads.execute((Runnable) args[0]);
                  return null;
                });
  }

  @AfterEach
  void stop() {
    store.open();
    threads.shutdownNow();
  }

  @Test
  void commentsSubmittedWhileBothWritersAreBusyShareOneTransaction() throws Exception {
    List<CompletableFuture<Submission>> all = busyWriters();
    for (int i = 0; i < 10; i++) {
      all.add(submit("k" + i));
    }
    await(() -> writer.waiting() == 10);

    oneWriterTakesTheWaitingOnes();

    List<Long> ids = new ArrayList<>();
    for (CompletableFuture<Submission> submission : all) {
      ids.add(submission.get(10, TimeUnit.SECONDS).commentId());
    }
    assertThat(ids).doesNotHaveDuplicates().hasSize(12);
    assertThat(store.groups()).containsExactlyInAnyOrder(1, 1, 10);
  }

  @Test
  void aRefusedCommentIsRefusedAloneAndTheOthersOfItsGroupAreStored() throws Exception {
    List<CompletableFuture<Submission>> blockers = busyWriters();
    List<CompletableFuture<Submission>> group = queue("good-1", "refuse", "good-2");
    CompletableFuture<Submission> first = group.get(0);
    CompletableFuture<Submission> refused = group.get(1);
    CompletableFuture<Submission> last = group.get(2);

    oneWriterTakesTheWaitingOnes();

    assertThat(first.get(10, TimeUnit.SECONDS).commentId()).isPositive();
    assertThat(last.get(10, TimeUnit.SECONDS).commentId()).isPositive();
    assertThatThrownBy(() -> refused.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(ConsultationRefused.class);
    assertThatThrownBy(() -> join(refused)).isInstanceOf(ConsultationRefused.class);
    assertThat(store.groups()).containsExactlyInAnyOrder(1, 1, 3);
    for (CompletableFuture<Submission> blocker : blockers) {
      assertThat(blocker.get(10, TimeUnit.SECONDS).commentId()).isPositive();
    }
  }

  @Test
  void aGroupWhoseKeyWasTakenIsStoredOneCommentAtATime() throws Exception {
    busyWriters();
    List<CompletableFuture<Submission>> group = queue("new-1", "taken", "new-2");
    CompletableFuture<Submission> before = group.get(0);
    CompletableFuture<Submission> retried = group.get(1);
    CompletableFuture<Submission> after = group.get(2);

    oneWriterTakesTheWaitingOnes();

    assertThat(before.get(10, TimeUnit.SECONDS).commentId()).isPositive();
    assertThat(after.get(10, TimeUnit.SECONDS).commentId()).isPositive();
    assertThatThrownBy(() -> join(retried)).isInstanceOf(KeyTaken.class);
    // the group of three failed as a whole, then each went alone
    assertThat(store.groups()).containsExactlyInAnyOrder(1, 1, 3, 1, 1, 1);
  }

  @Test
  void aLoneCommentIsWrittenAtOnce() {
    store.open();
    assertThat(writer.write(request("alone")).commentId()).isPositive();
    assertThat(store.groups()).containsExactly(1);
  }

  /** Two comments that each hold one writer in its transaction until the store is opened. */
  private List<CompletableFuture<Submission>> busyWriters() {
    List<CompletableFuture<Submission>> blockers = new ArrayList<>();
    blockers.add(submit("blocker-1"));
    await(() -> store.groups().size() == 1);
    blockers.add(submit("blocker-2"));
    await(() -> store.groups().size() == 2);
    return blockers;
  }

  /**
   * Lets one busy writer end its transaction, waits until it has taken the waiting comments into
   * its next, then lets every transaction go: were both writers let go at once, each could take a
   * part of the waiting comments.
   */
  private void oneWriterTakesTheWaitingOnes() {
    store.pass(1);
    await(() -> store.groups().size() == 3);
    store.open();
  }

  /** Submits the comments one after the other, each waiting in the queue before the next. */
  private List<CompletableFuture<Submission>> queue(String... keys) {
    List<CompletableFuture<Submission>> queued = new ArrayList<>();
    for (String key : keys) {
      queued.add(submit(key));
      int waiting = queued.size();
      await(() -> writer.waiting() == waiting);
    }
    return queued;
  }

  private CompletableFuture<Submission> submit(String key) {
    return CompletableFuture.supplyAsync(() -> writer.write(request(key)), threads);
  }

  private static CommentRequest request(String key) {
    return new CommentRequest(1, new CommentForm(), key, Locale.ENGLISH, null);
  }

  private static Submission join(CompletableFuture<Submission> submission) {
    try {
      return submission.get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException e) {
      throw (RuntimeException) e.getCause();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void await(BooleanSupplier condition) {
    long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > until) {
        throw new AssertionError("not reached within 10 s");
      }
      Thread.onSpinWait();
    }
  }

  /**
   * Stores nothing: answers with new ids as the test lets its transactions go ({@link #pass},
   * {@link #open}); refuses the key "refuse"; fails a group holding the key "taken", as the key's
   * unique constraint would.
   */
  static class Store extends CommentStore {
    private final Semaphore passes = new Semaphore(0);
    private final List<Integer> groups = Collections.synchronizedList(new ArrayList<>());
    private final AtomicLong ids = new AtomicLong();

    /** Lets this many transactions end. */
    void pass(int transactions) {
      passes.release(transactions);
    }

    /** Lets every transaction end, now and later. */
    void open() {
      passes.release(100_000);
    }

    List<Integer> groups() {
      synchronized (groups) {
        return List.copyOf(groups);
      }
    }

    @Override
    public List<Outcome> insertAll(List<CommentRequest> requests) {
      groups.add(requests.size());
      try {
        if (!passes.tryAcquire(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("never let go");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      if (requests.stream().anyMatch(r -> r.key().equals("taken"))) {
        throw new KeyTaken();
      }
      List<Outcome> outcomes = new ArrayList<>();
      for (CommentRequest request : requests) {
        outcomes.add(
            request.key().equals("refuse")
                ? new Outcome(
                    null, new ConsultationRefused(Code.CONSULTATION_CLOSED, null, "closed"))
                : new Outcome(new Submission(1, ids.incrementAndGet(), false, false), null));
      }
      return outcomes;
    }
  }
}
