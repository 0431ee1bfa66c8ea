package org.plenary.web.consultations;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.plenary.consultation.consultations.application.CommentForm;
import org.plenary.consultation.consultations.application.CommentModeration;
import org.plenary.consultation.consultations.application.CommentSubmissions;
import org.plenary.consultation.consultations.application.Consultations;
import org.plenary.consultation.consultations.application.Submission;
import org.plenary.consultation.consultations.domain.Consultation;
import org.plenary.consultation.consultations.domain.ConsultationRefused;
import org.plenary.consultation.consultations.domain.RespondentCategory;
import org.plenary.core.drafts.domain.DraftSection;
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
          sections = new ArrayList<>();
          for (int i = 0; i < text.size(); i++) {
            DraftSection s = text.get(i);
            Consultations.Filter filter = Consultations.Filter.section(s.getKey());
            sections.add(
                new SectionRow(
                    i + 1,
                    s.getKey(),
                    s.getHeading(),
                    s.getBody(),
                    consultations.countComments(id, filter),
                    consultations.comments(id, filter, 0, UNDER_SECTION).stream()
                        .map(CommentRow::new)
                        .toList()));
          }
          if (section != null && (section < 0 || section > sections.size())) {
            section = null;
          }
          Consultations.Filter filter = filter();
          long consultationId = id;
          Consultations service = consultations;
          total = service.countComments(consultationId, filter);
          comments =
              new PagedList<>(
                  (first, size) ->
                      service.comments(consultationId, filter, first, size).stream()
                          .map(CommentRow::new)
                          .toList(),
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
    try {
      submitted = submissions.submit(id, form, null, language.getLocale());
      if (submitted.published()) {
        Pages.message(
            faces,
            null,
            FacesMessage.SEVERITY_INFO,
            Pages.text(faces, "consultations.comment.published"));
        Pages.redirect(faces, "/consultations/view.xhtml?id=" + id + "#comments");
      }
    } catch (ConsultationRefused refused) {
      String field = refused.field();
      String clientId =
          field != null
                  && List.of("text", "section", "name", "email", "category", "country")
                      .contains(field)
              ? "commentForm:" + field
              : null;
      Pages.error(faces, clientId, "consultations.error." + refused.code().name());
    }
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
