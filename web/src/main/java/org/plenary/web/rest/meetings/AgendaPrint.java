package org.plenary.web.rest.meetings;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.meetings.domain.AgendaRole;
import org.plenary.agenda.meetings.domain.ItemStep;
import org.plenary.agenda.meetings.domain.LinkedDocument;
import org.plenary.agenda.meetings.domain.Meeting;
import org.plenary.agenda.meetings.domain.MeetingDay;
import org.plenary.web.i18n.Texts;
import org.plenary.web.rest.PdfPages;

/**
 * A published agenda laid out like a printed draft agenda: a title page (title, theme, the body
 * that meets, place and dates, "DRAFT AGENDA" and the version label, venue), the introduction, each
 * day with its heading and audience note, its items with times, description, key questions and
 * roles, and each side meeting as an appendix, in English or French. A4, with Liberation Sans
 * (shipped inside PDFBox) embedded, so accents and typographic dashes and quotes print everywhere
 * without system fonts.
 */
final class AgendaPrint {
  private static final float BODY = 10;

  private final PdfPages pdf;
  private final Texts texts;
  private final Locale locale;
  private final DateTimeFormatter dayMonth;
  private final DateTimeFormatter fullDate;

  private AgendaPrint(Meeting meeting, Texts texts) {
    this.texts = texts;
    this.locale = texts.locale();
    this.dayMonth = DateTimeFormatter.ofPattern("d MMMM", locale);
    this.fullDate = DateTimeFormatter.ofPattern("d MMMM yyyy", locale);
    pdf =
        new PdfPages(
            meeting.getTitle()
                + " – "
                + texts.text("pdf.agenda.draftAgenda")
                + " "
                + meeting.getAgendaLabel(),
            meeting.getTitle() + " – " + meeting.getAgendaLabel(),
            locale);
  }

  /**
   * The PDF of a published agenda and its published side meetings, its own words (headings, dates,
   * roles, formats) in the given language; what the secretariat wrote stays as written.
   */
  static byte[] of(Meeting meeting, Locale language) {
    try {
      AgendaPrint print = new AgendaPrint(meeting, Texts.of(language));
      return print.write(meeting);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private byte[] write(Meeting meeting) throws IOException {
    titlePage(meeting);
    newPage();
    centred(meeting.getTitle().toUpperCase(locale), 16);
    if (meeting.getTheme() != null) {
      centred(meeting.getTheme(), 13);
    }
    centred(placeAndDates(meeting), BODY + 1);
    space(10);
    meeting.getParagraphs().forEach(paragraph -> paragraph(paragraph, BODY, 0));
    for (MeetingDay day : meeting.getDays()) {
      day(meeting, day);
    }
    for (Meeting side : meeting.getPublishedSideMeetings()) {
      newPage();
      centred(texts.text("pdf.agenda.appendix"), 14);
      pdf.centred(PdfPages.Role.H2, side.getTitle(), 14);
      centred(placeAndDates(side), BODY + 1);
      space(8);
      side.getParagraphs().forEach(paragraph -> paragraph(paragraph, BODY, 0));
      for (AgendaRole role : side.getRoles()) {
        paragraph(roleLine(role), BODY, 0);
      }
      for (MeetingDay day : side.getDays()) {
        day(side, day);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    pdf.save(out);
    pdf.close();
    return out.toByteArray();
  }

  private void titlePage(Meeting meeting) throws IOException {
    newPage();
    space(80);
    pdf.centred(PdfPages.Role.H1, meeting.getTitle().toUpperCase(locale), 24);
    if (meeting.getTheme() != null) {
      centred(meeting.getTheme(), 16);
    }
    if (meeting.getBody() != null) {
      centred(meeting.getBody(), 12);
    }
    space(12);
    centred(placeAndDates(meeting), 13);
    space(24);
    centred(texts.text("pdf.agenda.draftAgenda").toUpperCase(locale), 16);
    centred("(" + meeting.getAgendaLabel() + ")", 12);
    space(40);
    centred(texts.text("pdf.agenda.venue"), BODY + 1);
    centred(meeting.getVenue().getName(), BODY + 1);
    meeting.getVenue().getPostalLines().forEach(line -> centred(line, BODY + 1));
  }

  private void day(Meeting meeting, MeetingDay day) {
    space(14);
    heading(
        PdfPages.Role.H2,
        texts.text("pdf.agenda.day", meeting.getDays().indexOf(day) + 1)
            + " – "
            + fullDate.format(day.getDate()).toUpperCase(locale)
            + (day.getLabel().isBlank() ? "" : "  (" + day.getLabel() + ")"),
        13);
    if (day.getAudience().getNote() != null) {
      paragraph(day.getAudience().getNote(), BODY, 0);
    }
    if (day.getNote() != null) {
      paragraph(day.getNote(), BODY, 0); // as the page shows it: notes say "NB" themselves
    }
    for (AgendaItem item : day.getItems()) {
      item(item);
    }
  }

  private void item(AgendaItem item) {
    space(8);
    String times = item.getStart() + " – " + item.getEnd();
    String room = item.getRoom() == null ? "" : "  [" + item.getRoom() + "]";
    heading(PdfPages.Role.H3, times + "   " + summary(item) + room, 11);
    if (item.getFormat() != null) {
      paragraph(
          texts.text("format.label")
              + texts.text("colon")
              + " "
              + texts.text("format." + item.getFormat().name()),
          BODY,
          18);
    }
    if (item.getAudienceOverride() != null && item.getAudienceOverride().getNote() != null) {
      paragraph(item.getAudienceOverride().getNote(), BODY, 18);
    }
    item.getParagraphs().forEach(paragraph -> paragraph(paragraph, BODY, 18));
    for (ItemStep step : item.getSteps()) {
      paragraph("• " + step.getTime() + " – " + step.getLabel(), BODY, 18);
    }
    if (!item.getKeyQuestions().isEmpty()) {
      paragraph(
          texts.text("meeting.keyQuestions", item.getKeyQuestions().size()) + texts.text("colon"),
          BODY,
          18);
      item.getKeyQuestions().forEach(question -> paragraph("• " + question, BODY, 28));
    }
    for (AgendaRole role : item.getRoles()) {
      paragraph("• " + roleLine(role), BODY, 18);
    }
    for (LinkedDocument linked : item.getDocuments()) {
      paragraph(
          texts.text("pdf.agenda.document")
              + texts.text("colon")
              + " "
              + linked.getTitle()
              + " – "
              + linked.getUrl(),
          BODY,
          18);
    }
  }

  /** "Chair: Name" as the page shows a role: its kind, then whom the secretariat named. */
  private String roleLine(AgendaRole role) {
    return texts.text("role." + role.getKind().name())
        + texts.text("colon")
        + " "
        + role.getLabel()
        + (role.getContribution() == null ? "" : " – " + role.getContribution());
  }

  /** "Session 3: title" ("continued" for a session's later part), or the title alone. */
  private String summary(AgendaItem item) {
    if (item.getSessionNumber() == null) {
      return item.getTitle();
    }
    return texts.text(
            item.isContinued() ? "pdf.agenda.sessionContinued" : "meeting.sessionNumber",
            item.getSessionNumber())
        + " "
        + item.getTitle();
  }

  private String placeAndDates(Meeting meeting) {
    LocalDate start = meeting.getStartDate();
    LocalDate end = meeting.getEndDate();
    String dates =
        start.equals(end)
            ? fullDate.format(start)
            : start.getMonth() == end.getMonth() && start.getYear() == end.getYear()
                ? start.getDayOfMonth() + "–" + fullDate.format(end)
                : dayMonth.format(start) + " – " + fullDate.format(end);
    return meeting.getVenue().getCity() + ", " + dates;
  }

  private void heading(PdfPages.Role level, String text, float size) {
    pdf.paragraph(level, text, size, 0);
  }

  private void centred(String text, float size) {
    pdf.centred(text, size);
  }

  private void paragraph(String text, float size, float indent) {
    pdf.paragraph(text, size, indent);
  }

  private void space(float height) {
    pdf.space(height);
  }

  private void newPage() {
    pdf.newPage();
  }
}
