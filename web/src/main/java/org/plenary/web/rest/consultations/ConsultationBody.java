package org.plenary.web.rest.consultations;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDateTime;

/**
 * The body of {@code POST /api/consultations}: a draft's version, a title, and the opening and
 * closing date-time local to a time zone (an IANA id).
 */
public class ConsultationBody {
  @NotNull @Positive public Long draftId;
  @NotNull @Positive public Integer version;
  @NotBlank public String title;
  @NotNull public LocalDateTime opensAt;
  @NotNull public LocalDateTime closesAt;
  @NotBlank public String timeZone;
}
