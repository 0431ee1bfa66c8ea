package org.plenary.web.rest.drafts;

import org.plenary.core.drafts.domain.SectionText;

/** A section in a request: {@code key} of the section it continues (absent for a new one). */
public class SectionBody {
  private String key;
  private String heading;
  private String body;

  public String getKey() {
    return key;
  }

  public void setKey(String key) {
    this.key = key;
  }

  public String getHeading() {
    return heading;
  }

  public void setHeading(String heading) {
    this.heading = heading;
  }

  public String getBody() {
    return body;
  }

  public void setBody(String body) {
    this.body = body;
  }

  SectionText text() {
    return new SectionText(key, heading, body);
  }
}
