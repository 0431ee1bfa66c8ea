package org.plenary.web.meetings;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.CharArrayWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.outcomes.application.MinutesApproval;
import org.plenary.web.i18n.Language;

/**
 * The public agenda page as a visitor gets it (issue 8, point 4): a visitor who is not signed in,
 * has no session and asks for {@code /meetings/view.xhtml?slug=...} with nothing else gets the page
 * Faces rendered for the previous such visitor in the same language, as long as what it shows is
 * unchanged: the same published agenda (the same shared instance of {@link
 * MeetingCatalog#readPublished}, itself checked against the published versions in the database) and
 * the same approved minutes. Both are read from the database again at most {@link #RECHECK_NANOS}
 * after the last check, so a version published on any node of a cluster shows to visitors within a
 * second. Every answer gets a fresh CSP nonce, in its header and in its scripts. Anyone signed in,
 * with a session (a chosen language, a login) or any other query goes through Faces as before.
 */
@WebFilter(filterName = "AgendaPageCache", urlPatterns = "/meetings/view.xhtml")
public class AgendaPageCache extends HttpFilter {
  private static final long serialVersionUID = 1L;

  /**
   * How long a kept page is shown without asking the database again whether it is still the latest:
   * a version (or approved minutes) published on any node shows to visitors within this time.
   */
  static final long RECHECK_NANOS = 1_000_000_000L;

  /** More pages than a deployment shows: past it, the cache starts again empty. */
  static final int MAX_ENTRIES = 200;

  private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]+)'");

  @Inject MeetingCatalog catalog;
  @Inject MinutesApproval minutes;

  private final transient Map<String, Page> pages = new ConcurrentHashMap<>();

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String slug = request.getParameter("slug");
    if (!"GET".equals(request.getMethod())
        || request.getRemoteUser() != null
        || request.getHeader("Authorization") != null
        || request.getRequestedSessionId() != null
        || slug == null
        || !("slug=" + URLEncoder.encode(slug, StandardCharsets.UTF_8))
            .equals(request.getQueryString())) {
      chain.doFilter(request, response);
      return;
    }
    String key = slug + "|" + Language.preferred(request.getLocales()).toLanguageTag();
    Page page = pages.get(key);
    long now = System.nanoTime();
    if (page != null && now - page.checked().get() < RECHECK_NANOS) {
      page.writeTo(response);
      return;
    }
    Optional<Meeting> agenda = catalog.readPublished(slug);
    if (agenda.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    Integer approved = minutes.latestApprovedVersion(slug).orElse(null);
    if (page != null && page.agenda() == agenda.get() && Objects.equals(page.minutes(), approved)) {
      page.checked().set(now);
      page.writeTo(response);
      return;
    }
    Recorder recorder = new Recorder(response);
    chain.doFilter(request, recorder);
    recorder.finish();
    Optional<Page> rendered = recorder.page(agenda.get(), approved);
    if (rendered.isPresent() && request.getSession(false) == null) {
      if (pages.size() >= MAX_ENTRIES) {
        pages.clear();
      }
      pages.put(key, rendered.get());
    }
  }

  /** A header operation of the rendered answer, replayed in order. */
  record Header(boolean add, String name, String value) {}

  /**
   * A rendered page: its headers and its body cut at each occurrence of the CSP nonce, the agenda
   * instance and the approved minutes it shows.
   */
  record Page(
      Meeting agenda,
      Integer minutes,
      String contentType,
      List<Header> headers,
      List<byte[]> parts,
      AtomicLong checked) {
    /** Writes the page with a fresh nonce, made the way PrimeFaces makes one. */
    void writeTo(HttpServletResponse response) throws IOException {
      String nonce =
          Base64.getEncoder()
              .encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
      for (Header header : headers) {
        String value = header.value().replace(NONCE_MARK, nonce);
        if (header.add()) {
          response.addHeader(header.name(), value);
        } else {
          response.setHeader(header.name(), value);
        }
      }
      response.setContentType(contentType);
      byte[] mark = nonce.getBytes(StandardCharsets.UTF_8);
      int length = mark.length * (parts.size() - 1);
      for (byte[] part : parts) {
        length += part.length;
      }
      response.setContentLength(length);
      ServletOutputStream out = response.getOutputStream();
      for (int i = 0; i < parts.size(); i++) {
        if (i > 0) {
          out.write(mark);
        }
        out.write(parts.get(i));
      }
    }

    /** The page of a recorded answer, if it can be kept (a 200 with exactly one CSP nonce). */
    static Optional<Page> of(
        Meeting agenda, Integer minutes, String contentType, List<Header> headers, String body) {
      String nonce = null;
      for (Header header : headers) {
        Matcher m = NONCE.matcher(header.value());
        if (header.name().equalsIgnoreCase("Content-Security-Policy") && m.find()) {
          if (nonce != null && !nonce.equals(m.group(1))) {
            return Optional.empty();
          }
          nonce = m.group(1);
        }
      }
      if (nonce == null
          || contentType == null
          || !contentType.toUpperCase(Locale.ROOT).contains("UTF-8")
          || body.contains(NONCE_MARK)) {
        return Optional.empty();
      }
      String found = nonce;
      List<Header> kept =
          headers.stream()
              .map(h -> new Header(h.add(), h.name(), h.value().replace(found, NONCE_MARK)))
              .toList();
      return Optional.of(
          new Page(
              agenda,
              minutes,
              contentType,
              kept,
              Stream.of(body.split(Pattern.quote(nonce), -1))
                  .map(part -> part.getBytes(StandardCharsets.UTF_8))
                  .toList(),
              new AtomicLong(System.nanoTime())));
    }
  }

  /** Stands for the nonce in a kept header. */
  static final String NONCE_MARK = "\u0000nonce\u0000";

  /**
   * Passes the answer through unchanged while recording its headers and body, so that it can be
   * kept if it is a plain 200 page.
   */
  static final class Recorder extends HttpServletResponseWrapper {
    private final List<Header> headers = new ArrayList<>();
    private final CharArrayWriter chars = new CharArrayWriter();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private PrintWriter writer;
    private ServletOutputStream stream;
    private boolean keepable = true;

    Recorder(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void setHeader(String name, String value) {
      headers.add(new Header(false, name, value));
      super.setHeader(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
      headers.add(new Header(true, name, value));
      super.addHeader(name, value);
    }

    @Override
    public void setStatus(int status) {
      keepable &= status == SC_OK;
      super.setStatus(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      keepable = false;
      super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
      keepable = false;
      super.sendError(status);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      keepable = false;
      super.sendRedirect(location);
    }

    @Override
    public void addCookie(jakarta.servlet.http.Cookie cookie) {
      keepable = false;
      super.addCookie(cookie);
    }

    @Override
    public void setIntHeader(String name, int value) {
      keepable = false;
      super.setIntHeader(name, value);
    }

    @Override
    public void addIntHeader(String name, int value) {
      keepable = false;
      super.addIntHeader(name, value);
    }

    @Override
    public void setDateHeader(String name, long date) {
      keepable = false;
      super.setDateHeader(name, date);
    }

    @Override
    public void addDateHeader(String name, long date) {
      keepable = false;
      super.addDateHeader(name, date);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer == null) {
        writer = new PrintWriter(new Tee(super.getWriter(), chars));
      }
      return writer;
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        ServletOutputStream out = super.getOutputStream();
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) throws IOException {
                out.write(b);
                bytes.write(b);
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                bytes.write(b, off, len);
              }

              @Override
              public void flush() throws IOException {
                out.flush();
              }

              @Override
              public boolean isReady() {
                return out.isReady();
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                out.setWriteListener(listener);
              }
            };
      }
      return stream;
    }

    void finish() {
      if (writer != null) {
        writer.flush();
      }
    }

    Optional<Page> page(Meeting agenda, Integer minutes) {
      if (!keepable || getStatus() != SC_OK || (writer != null && stream != null)) {
        return Optional.empty();
      }
      String body = writer != null ? chars.toString() : bytes.toString(StandardCharsets.UTF_8);
      return Page.of(agenda, minutes, getContentType(), headers, body);
    }
  }

  /** Writes to the answer and to the record. */
  private static final class Tee extends Writer {
    private final Writer out;
    private final Writer copy;

    Tee(Writer out, Writer copy) {
      this.out = out;
      this.copy = copy;
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      out.write(buffer, offset, length);
      copy.write(buffer, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      out.write(text, offset, length);
      copy.write(text, offset, length);
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }
}
