package org.plenary.web.errors;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class CollisionsTest {
  @Test
  void aRowSavedTwiceAtOnceIsACollisionWhereverItLiesInTheChain() {
    Throwable duplicate =
        new EJBException(
            new PersistenceException(
                new SQLException("duplicate key value violates unique constraint", "23505")));

    assertThat(Collisions.savedTwice(duplicate)).isTrue();
    assertThat(Collisions.isCollision(duplicate)).isTrue();
  }

  @Test
  void aVersionThatMovedOnIsACollision() {
    Throwable changed = new EJBException(new OptimisticLockException("changed since read"));

    assertThat(Collisions.isCollision(changed)).isTrue();
    assertThat(Collisions.savedTwice(changed)).isFalse();
  }

  @Test
  void anyOtherFailureOfTheDatabaseIsNone() {
    assertThat(
            Collisions.isCollision(
                new PersistenceException(new SQLException("violates foreign key", "23503"))))
        .isFalse();
    assertThat(Collisions.isCollision(new PersistenceException(new SQLException("gone"))))
        .isFalse();
    assertThat(Collisions.isCollision(new IllegalStateException("a bug"))).isFalse();
  }
}
