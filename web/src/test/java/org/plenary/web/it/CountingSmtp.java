package org.plenary.web.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's SMTP server: speaks enough SMTP on a loopback port to take every message, counts
 * and forgets them. GreenMail keeps each message and makes a user per recipient, and slows down
 * with their number (one connection sending to new addresses, 2026-11-29: the first 10,000 messages
 * 0.8 ms each, from the 60,000th on 6 ms each): at the bench's scale it would measure itself, not
 * the outbox.
 */
public final class CountingSmtp implements AutoCloseable {
  private final ServerSocket socket;
  private final ExecutorService connections =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "counting-smtp");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicLong messages = new AtomicLong();

  private static volatile CountingSmtp serving;

  /** Listens on 127.0.0.1 at this port. */
  public CountingSmtp(int port) throws IOException {
    socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
    connections.execute(this::accept);
  }

  /** Messages taken so far by the run's server ({@link TestDatabase} starts it for the bench). */
  public static long taken() {
    CountingSmtp smtp = serving;
    if (smtp == null) {
      throw new IllegalStateException("the run's SMTP server is GreenMail: see TestMail");
    }
    return smtp.messages.get();
  }

  static void serve(CountingSmtp smtp) {
    serving = smtp;
  }

  private void accept() {
    while (!socket.isClosed()) {
      try {
        Socket client = socket.accept();
        connections.execute(() -> serve(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket client) {
    try (client;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
        Writer out = new OutputStreamWriter(client.getOutputStream(), StandardCharsets.US_ASCII)) {
      reply(out, "220 counting-smtp");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase();
        switch (command) {
          case "DATA" -> {
            reply(out, "354 end with <CRLF>.<CRLF>");
            for (String data = in.readLine(); data != null; data = in.readLine()) {
              if (data.equals(".")) {
                break;
              }
            }
            messages.incrementAndGet();
            reply(out, "250 taken");
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "250 ok"); // EHLO, MAIL, RCPT, RSET, NOOP
        }
      }
    } catch (IOException dropped) {
      // the client hung up
    }
  }

  private static void reply(Writer out, String line) throws IOException {
    out.write(line + "\r\n");
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    connections.shutdownNow();
  }
}
