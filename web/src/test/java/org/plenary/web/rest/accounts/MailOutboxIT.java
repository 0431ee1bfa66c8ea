package org.plenary.web.rest.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.plenary.web.it.Api;
import org.plenary.web.it.TestMail;
import org.plenary.web.it.TestServer;
import org.plenary.web.it.TestSql;

/**
 * The durable mail outbox (issue 8): a mail fired by a committed change arrives, and its outbox row
 * is gone once the SMTP server has accepted it.
 */
class MailOutboxIT {
  private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

  final URL base = TestServer.url();

  @Test
  void deliversTheMailAndEmptiesItsOutboxRow() throws Exception {
    String email = "olga.outbox." + System.nanoTime() + "@outbox-it.example";
    String body =
        """
        {"fullName":"Olga Outbox","email":"%s","organisation":"Ministry of Queues",
         "country":"BE","category":"MINISTRY","role":"DELEGATE","password":"a-long-secret-1"}
        """
            .formatted(email);

    HttpResponse<String> asked = Api.anonymous(base).post("api/account-requests", body);
    assertThat(asked.statusCode()).as(asked.body()).isEqualTo(202);

    TestMail.await(email, "Confirm your e-mail address", MAIL_WAIT);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (rowsFor(email) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(rowsFor(email)).as("outbox rows left for " + email).isZero();
    assertThat(TestMail.to(email, "Confirm your e-mail address")).hasSize(1);
  }

  private static int rowsFor(String email) throws SQLException {
    try (Connection connection = TestSql.connect();
        PreparedStatement count =
            connection.prepareStatement("select count(*) from mail_outbox where recipient = ?")) {
      count.setString(1, email);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
