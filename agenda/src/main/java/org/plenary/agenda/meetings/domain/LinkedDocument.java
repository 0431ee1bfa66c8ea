package org.plenary.agenda.meetings.domain;

import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.atMost;
import static org.plenary.agenda.meetings.domain.AgendaRuleViolation.required;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;
import java.util.Objects;
import org.plenary.agenda.meetings.domain.AgendaRuleViolation.Rule;

/** A document an item refers to, such as a draft handbook: its title and an http(s) address. */
@Embeddable
public class LinkedDocument {
  public static final int MAX_TITLE = 300;
  public static final int MAX_URL = 2000;

  @Column(name = "title", nullable = false, length = MAX_TITLE)
  private String title;

  @Column(name = "url", nullable = false, length = MAX_URL)
  private String url;

  protected LinkedDocument() {}

  public LinkedDocument(String title, String url) {
    this.title = atMost(required(title, "document title"), MAX_TITLE, "document title");
    this.url = atMost(required(url, "document address"), MAX_URL, "document address");
    if (!isWebAddress(this.url)) {
      throw new AgendaRuleViolation(
          Rule.INVALID_LINK,
          "documents",
          null,
          Map.of("url", this.url),
          "\"" + url + "\" is not an http or https address");
    }
  }

  private static boolean isWebAddress(String value) {
    try {
      URI uri = new URI(value);
      return uri.getHost() != null
          && ("http".equalsIgnoreCase(uri.getScheme())
              || "https".equalsIgnoreCase(uri.getScheme()));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  public String getTitle() {
    return title;
  }

  public String getUrl() {
    return url;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LinkedDocument other && title.equals(other.title) && url.equals(other.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, url);
  }

  @Override
  public String toString() {
    return title + " <" + url + ">";
  }
}
