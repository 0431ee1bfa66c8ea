package org.plenary.web.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plenary.web.meetings.AgendaPageCache.Header;
import org.plenary.web.meetings.AgendaPageCache.Page;

/** The page kept for visitors is written again with a fresh CSP nonce, in header and body. */
class AgendaPageCacheTest {
  private static final String NONCE = "MzEzNjQ5NTctYWRhNi00OGQwLTg0MjgtZWRjZWZkMDY2NmY3";
  private static final String POLICY = "script-src 'self' 'nonce-" + NONCE + "';";
  private static final String BODY =
      "<html lang=\"fr\"><script nonce=\""
          + NONCE
          + "\">x</script>Réunion"
          + "<script nonce=\""
          + NONCE
          + "\">PrimeFaces.csp.init('"
          + NONCE
          + "');</script></html>";

  /** What a response was given: headers in order, content type, body. */
  private static final class Written {
    final List<String> headers = new ArrayList<>();
    final ByteArrayOutputStream body = new ByteArrayOutputStream();
    String contentType;
    int length = -1;

    HttpServletResponse response() {
      ServletOutputStream out =
          new ServletOutputStream() {
            @Override
            public void write(int b) {
              body.write(b);
            }

            @Override
            public boolean isReady() {
              return true;
            }

            @Override
            public void setWriteListener(WriteListener listener) {}
          };
      return (HttpServletResponse)
          Proxy.newProxyInstance(
              getClass().getClassLoader(),
              new Class<?>[] {HttpServletResponse.class},
              (proxy, method, args) -> {
                switch (method.getName()) {
                  case "setHeader" -> headers.add("set " + args[0] + ": " + args[1]);
                  case "addHeader" -> headers.add("add " + args[0] + ": " + args[1]);
                  case "setContentType" -> contentType = (String) args[0];
                  case "setContentLength" -> length = (Integer) args[0];
                  case "getOutputStream" -> {
                    return out;
                  }
                  default -> throw new UnsupportedOperationException(method.getName());
                }
                return null;
              });
    }
  }

  private static Page page() {
    return Page.of(
            null,
            2,
            "text/html;charset=UTF-8",
            List.of(
                new Header(false, "X-Frame-Options", "DENY"),
                new Header(true, "Content-Security-Policy", POLICY)),
            BODY)
        .orElseThrow();
  }

  @Test
  void writesThePageWithAFreshNonceInTheHeaderAndEveryScript() throws Exception {
    Page page = page();
    Written first = new Written();
    Written second = new Written();
    page.writeTo(first.response());
    page.writeTo(second.response());

    for (Written written : List.of(first, second)) {
      assertThat(written.contentType).isEqualTo("text/html;charset=UTF-8");
      assertThat(written.headers.get(0)).isEqualTo("set X-Frame-Options: DENY");
      Matcher m =
          Pattern.compile("add Content-Security-Policy: script-src 'self' 'nonce-(\\S+)';")
              .matcher(written.headers.get(1));
      assertThat(m.matches()).as(written.headers.get(1)).isTrue();
      String nonce = m.group(1);
      assertThat(nonce).isNotEqualTo(NONCE);
      String body = written.body.toString(StandardCharsets.UTF_8);
      assertThat(body).isEqualTo(BODY.replace(NONCE, nonce));
      assertThat(written.length).isEqualTo(written.body.size());
    }
    assertThat(first.headers.get(1)).isNotEqualTo(second.headers.get(1));
  }

  @Test
  void keepsOnlyAPageWithOneNonceInUtf8() {
    List<Header> csp = List.of(new Header(true, "Content-Security-Policy", POLICY));
    assertThat(Page.of(null, null, "text/html;charset=UTF-8", List.of(), BODY))
        .as("no nonce to renew")
        .isEmpty();
    assertThat(Page.of(null, null, "text/html;charset=ISO-8859-1", csp, BODY)).isEmpty();
    assertThat(
            Page.of(
                null,
                null,
                "text/html;charset=UTF-8",
                List.of(
                    new Header(true, "Content-Security-Policy", POLICY),
                    new Header(true, "Content-Security-Policy", "script-src 'nonce-other';")),
                BODY))
        .as("two different nonces")
        .isEmpty();
    assertThat(Page.of(null, null, "text/html;charset=UTF-8", csp, BODY)).isPresent();
  }
}
