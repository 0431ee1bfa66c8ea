package org.plenary.consultation.consultations.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import org.plenary.consultation.consultations.domain.CommentText;
import org.plenary.consultation.consultations.domain.Respondent;

/**
 * A comment as someone submits it, through the API or the consultation page: a class with getters
 * and setters (Payara's OpenAPI generator fails on constraints of record components). Name and
 * e-mail are ignored for a signed-in account. The rules with codes are the domain's.
 */
public class CommentForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotBlank
  @Size(max = CommentText.MAX_LENGTH)
  private String text;

  /** The section's number in the consulted version; none for the whole draft. */
  @Positive private Integer section;

  @Size(max = Respondent.MAX_NAME)
  private String name;

  @Size(max = Respondent.MAX_EMAIL)
  private String email;

  @NotBlank private String category;

  @NotBlank
  @Size(min = 2, max = 2)
  private String country;

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }

  public Integer getSection() {
    return section;
  }

  public void setSection(Integer section) {
    this.section = section;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  // --- the attachment's token from POST /consultations/{id}/attachments (issue 6, report)
  private String attachment;

  public String getAttachment() {
    return attachment;
  }

  public void setAttachment(String attachment) {
    this.attachment = attachment;
  }
}
