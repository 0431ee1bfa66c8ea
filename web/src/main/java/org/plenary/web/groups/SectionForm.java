package org.plenary.web.groups;

import java.io.Serializable;
import org.plenary.core.drafts.domain.DraftSection;
import org.plenary.core.drafts.domain.SectionText;

/** One section in the editor, as the author types it. */
public class SectionForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String key;
  private String heading;
  private String body;

  public SectionForm() {}

  SectionForm(DraftSection section) {
    this.key = section.getKey();
    this.heading = section.getHeading();
    this.body = section.getBody();
  }

  SectionText text() {
    return new SectionText(key, heading, body);
  }

  public String getKey() {
    return key;
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
}
