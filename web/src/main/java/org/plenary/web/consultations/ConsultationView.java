package org.plenary.web.consultations;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.consultation.consultations.application.CommentAttachments;
import org.plenary.consultation.consultations.application.CommentForm;
import org.plenary.consultation.consultations.application.CommentModeration;
import org.plenary.consultation.consultations.application.CommentSubmissions;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.consultations.application.Submission;
import org.plenary.consultation.consultations.domain.Comment;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.consultations.domain.RespondentCategory;
import org.plenary.core.drafts.domain.DraftSection;
import org.plenary.core.files.domain.FileRefused;
import org.plenary.core.files.domain.StoredFile;
import org.plenary.core.people.application.People;
import org.plenary.web.groups.PagedList;
import org.plenary.web.groups.Pages;
import org.plenary.web.i18n.CountryChoices;
import org.plenary.web.i18n.Language;
import org.plenary.web.security.RateLimits;
import org.plenary.web.security.SignedInUser;

/**
 * A public consultation (/consultations/view.xhtml?id=...): the consulted version section by
 * section, each with its latest published comments, every comment in a lazy table (filtered by
 * section), and the comment form while the consultation is open.
 */
@Named
@ViewScoped
public class ConsultationView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** How many comments each section shows under its text; the table below pages through all. */
  static final int UNDER_SECTION = 5;

  @Inject Consultations consultations;
  @Inject CommentSubmissions submissions;
  @Inject CommentModeration moderation;
  @Inject CommentAttachments attachments;
  @Inject People people;
  @Inject Language language;
  @Inject SignedInUser user;
  @Inject FacesContext faces;
  @Inject HttpServletRequest request;
  @Inject RateLimits rateLimits;

  private Long id;
  private Integer section;
  private ConsultationRow consultation;
  private List<SectionRow> sections;
  private PagedList<CommentRow> comments;
  private long total;
  private CommentForm form = new CommentForm();
  private Submission submitted;
  private transient Part attachment;

  /** An accepted upload kept for the next try when the comment itself was refused. */
  private String keptToken;

  private String keptName;
  private Boolean moderator;
  private transient List<SelectItem> countries;

  /** A section of the consulted text with its number, count and latest comments. */
  public record SectionRow(
      int number, String key, String heading, String body, long count, List<CommentRow> latest)
      implements Serializable {
    public int getNumber() {
      return number;
    }

    public String getKey() {
      return key;
    }

    public String getHeading() {
      return heading;
    }

    public String getBody() {
      return body;
    }

    public long getCount() {
      return count;
    }

    public List<CommentRow> getLatest() {
      return latest;
    }
  }

  public void load() {
    Pages.loadOrRefuse(
        faces,
        () -> {
          if (id == null) {
            throw new IllegalArgumentException("no consultation");
          }
          Consultation found = consultations.get(id);
          consultation = new ConsultationRow(found, consultations.status(found));
          List<DraftSection> text = consultations.consultedVersion(found).getSections();
          List<List<Comment>> latest = new ArrayList<>();
          for (DraftSection s : text) {
            latest.add(
                consultations.comments(
                    id, Consultations.Filter.section(s.getKey()), 0, UNDER_SECTION));
          }
          Map<Long, StoredFile> files =
              attachments.ofComments(
                  id, latest.stream().flatMap(List::stream).map(Comment::getId).toList());
          sections = new ArrayList<>();
          for (int i = 0; i < text.size(); i++) {
            DraftSection s = text.get(i);
            sections.add(
                new SectionRow(
                    i + 1,
                    s.getKey(),
                    s.getHeading(),
                    s.getBody(),
                    consultations.countComments(id, Consultations.Filter.section(s.getKey())),
                    latest.get(i).stream()
                        .map(c -> new CommentRow(c, files.get(c.getId())))
                        .toList()));
          }
          if (section != null && (section < 0 || section > sections.size())) {
            section = null;
          }
          Consultations.Filter filter = filter();
          long consultationId = id;
          Consultations service = consultations;
          CommentAttachments attached = attachments;
          total = service.countComments(consultationId, filter);
          comments =
              new PagedList<>(
                  (first, size) ->
                      CommentRow.withAttachments(
                          consultationId,
                          service.comments(consultationId, filter, first, size),
                          attached),
                  () -> service.countComments(consultationId, filter),
                  CommentRow::getId);
        });
  }

  private Consultations.Filter filter() {
    if (section == null) {
      return Consultations.Filter.ALL;
    }
    return section == 0
        ? new Consultations.Filter(null, true, false)
        : Consultations.Filter.section(sections.get(section - 1).key());
  }

  public void submit() {
    if (request.getUserPrincipal() == null) {
      Optional<Duration> wait = rateLimits.admit(RateLimits.Action.ANONYMOUS_COMMENT, request);
      if (wait.isPresent()) {
        Pages.message(
            faces,
            null,
            FacesMessage.SEVERITY_ERROR,
            Pages.text(faces, "rateLimit.wait", RateLimits.minutes(wait.get())));
        return;
      }
    }
    String field = "commentForm:attachment";
    try {
      if (attachment != null && (attachment.getSize() > 0 || named(attachment))) {
        try (InputStream content = attachment.getInputStream()) {
          keptToken = attachments.upload(id, content, attachment.getSubmittedFileName());
          keptName = attachment.getSubmittedFileName();
        }
      }
      if (keptToken != null) {
        attachments.check(id, keptToken, false);
      }
      submitted = submissions.submit(id, form, null, language.getLocale());
      if (keptToken != null) {
        attachments.attach(id, keptToken, submitted.commentId());
        keptToken = null;
        keptName = null;
      }
      if (submitted.published()) {
        Pages.message(
            faces,
            null,
            FacesMessage.SEVERITY_INFO,
            Pages.text(faces, "consultations.comment.published"));
        Pages.redirect(faces, "/consultations/view.xhtml?id=" + id + "#comments");
      }
    } catch (FileRefused refused) {
      Pages.refusedFile(faces, field, refused, attachments.maxBytes());
    } catch (IOException unreadable) {
      Pages.error(faces, field, "files.unreadable");
    } catch (ConsultationRefused refused) {
      if (refused.code() == ConsultationRefused.Code.ATTACHMENT_REFUSED) {
        keptToken = null;
        keptName = null;
      }
      String refusedField = refused.field();
      String clientId =
          refusedField != null
                  && List.of(
                          "text", "section", "name", "email", "category", "country", "attachment")
                      .contains(refusedField)
              ? "commentForm:" + refusedField
              : null;
      Pages.error(faces, clientId, "consultations.error." + refused.code().name());
    }
  }

  private static boolean named(Part part) {
    String name = part.getSubmittedFileName();
    return name != null && !name.isBlank();
  }

  public boolean isAwaitingConfirmation() {
    return submitted != null && !submitted.published();
  }

  public List<SelectItem> getCountries() {
    if (countries == null) {
      countries = CountryChoices.countries(people, language.getLocale());
    }
    return countries;
  }

  public List<String> getCategories() {
    return Arrays.stream(RespondentCategory.values()).map(Enum::name).toList();
  }

  /** Section number to heading, for the section choices and the table. */
  public Map<Integer, String> getHeadings() {
    Map<Integer, String> headings = new HashMap<>();
    sections.forEach(s -> headings.put(s.number(), s.number() + ". " + s.heading()));
    return headings;
  }

  /** Whether the signed-in caller answers for this consultation (a link to the drafter's page). */
  public boolean isModerator() {
    if (moderator == null) {
      moderator = user.isSignedIn() && moderation.mayModerate(id);
    }
    return moderator;
  }

  public boolean isSignedIn() {
    return user.isSignedIn();
  }

  public ConsultationRow getConsultation() {
    return consultation;
  }

  public List<SectionRow> getSections() {
    return sections;
  }

  public PagedList<CommentRow> getComments() {
    return comments;
  }

  public long getTotal() {
    return total;
  }

  public Part getAttachment() {
    return attachment;
  }

  public void setAttachment(Part attachment) {
    this.attachment = attachment;
  }

  /** The name of an accepted file waiting for the comment to be accepted, or null. */
  public String getKeptAttachment() {
    return keptName;
  }

  /** The largest attachment accepted, in MiB, to tell commenters before they choose one. */
  public long getMaxUploadMegabytes() {
    return attachments.maxBytes() / (1024 * 1024);
  }

  public CommentForm getForm() {
    return form;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Integer getSection() {
    return section;
  }

  public void setSection(Integer section) {
    this.section = section;
  }
}
