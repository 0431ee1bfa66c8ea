package org.plenary.agenda.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plenary.agenda.delegations.application.Delegations;
import org.plenary.agenda.delegations.application.Delegations.PeopleIds;
import org.plenary.agenda.feedback.application.FeedbackForms;
import org.plenary.agenda.feedback.application.SessionEvaluations;
import org.plenary.agenda.feedback.domain.AnswerInput;
import org.plenary.agenda.feedback.domain.SessionFeedback;
import org.plenary.agenda.meetings.application.MeetingCatalog;
import org.plenary.agenda.meetings.domain.AgendaItem;
import org.plenary.agenda.registrations.application.Registrations;
import org.plenary.agenda.registrations.domain.Attendance;
import org.plenary.agenda.registrations.domain.Choices;
import org.plenary.core.people.application.People;
import org.plenary.core.people.domain.Organisation;
import org.plenary.core.people.domain.OrganisationCategory;
import org.plenary.core.people.domain.Person;
import org.plenary.core.security.domain.Roles;

/**
 * Who came to E-Leaders 2019: delegates of fourteen countries registered in the summer of 2019 —
 * most for both days and the bus to the social event (30 seats), some remotely, a few for the Going
 * Digital side meeting — most approved by the desk, two still to decide, two who did not agree to
 * appear on the participant list; and the delegations of Estonia (headed by the demo delegate, who
 * has not registered yet: registering is hers to try) and Belgium (headed by the demo member). What
 * they said: each rated the sessions of the days they came, a few with a comment, and eight
 * answered the Session 5 form on the Thematic Groups and the drafts, so that the secretariat's
 * feedback results have something to show. The people are invented; their meeting is the real
 * agenda. Call it once the demo accounts, the meeting and its Session 5 form exist, after the
 * outcomes: the minutes were circulated before these registrations were entered, so nobody is
 * mailed on a fresh start.
 */
@Stateless
@RunAs(Roles.SECRETARIAT)
public class DemoDelegates {
  static final int SOCIAL_EVENT_SEATS = 30;
  static final String ESTONIA = "Delegation of Estonia";
  static final String BELGIUM = "Delegation of Belgium";

  private static final Set<LocalDate> BOTH_DAYS = Set.of(ELeaders2019.DAY_1, ELeaders2019.DAY_2);
  private static final Set<String> GOING_DIGITAL = Set.of(ELeaders2019.GOING_DIGITAL_SLUG);

  /** Each numbered session's usual rating, Session 1 first. */
  private static final int[] SESSION_RATINGS = {5, 4, 3, 4, 4, 5};

  /** How much more or less generous than usual each delegate is, in turn. */
  private static final int[] MOODS = {0, -1, 0, 1, -1, 0, 0, -2, 0, 1, -1, 0, -1, 0};

  private static final Map<String, String> COMMENTS =
      Map.of(
          "Kadri Kask/1",
          "Comparing how twelve countries mandate and fund their digital government units was the"
              + " most useful hour of the meeting.",
          "Mads Nielsen/1",
          "Good material; leave more time for questions from the floor.",
          "Min-jun Park/3",
          "The data session needed concrete cases: how a data-driven public sector changed a"
              + " service.",
          "Camila Rojas/3",
          "Too many speakers for 90 minutes.",
          "Inês Ferreira/4",
          "The peer reviews are what we will take home; please share the review methodology.",
          "Giulia Romano/6",
          "The indicators should show progress over time, not only a ranking.");

  private static final Map<String, List<AnswerInput>> FORM_ANSWERS =
      Map.of(
          "Kadri Kask",
          List.of(
              rating("thematic-groups", 5),
              choices("thematic-groups-next", "Digital Identity", "Data-Driven Public Sector"),
              choice("principles-ready", "Yes, with changes"),
              text("principles-changes", "Say how the principles apply to cross-border data."),
              rating("handbook", 5)),
          "Sophie Claes",
          List.of(
              rating("thematic-groups", 4),
              choices("thematic-groups-next", "Service Delivery", "Digital Identity"),
              choice("principles-ready", "Yes, as it is"),
              rating("handbook", 4),
              text("handbook-missing", "Examples from federal states.")),
          "Min-jun Park",
          List.of(
              rating("thematic-groups", 4),
              choices("thematic-groups-next", "Emerging Technologies", "Data-Driven Public Sector"),
              choice("principles-ready", "Yes, with changes"),
              text("principles-changes", "A clearer line between open data and shared data."),
              rating("handbook", 4)),
          "Émilie Tremblay",
          List.of(
              rating("thematic-groups", 3),
              choices("thematic-groups-next", "ICT Commissioning"),
              choice("principles-ready", "No, it needs more work"),
              text(
                  "principles-changes",
                  "The principles need a section on privacy impact assessments."),
              rating("handbook", 4),
              text("handbook-missing", "How to govern shared platforms across ministries.")),
          "Inês Ferreira",
          List.of(
              rating("thematic-groups", 5),
              choices("thematic-groups-next", "Service Delivery", "Business Cases"),
              choice("principles-ready", "Yes, with changes"),
              rating("handbook", 5)),
          "Mads Nielsen",
          List.of(
              rating("thematic-groups", 4),
              choices("thematic-groups-next", "Digital Identity"),
              choice("principles-ready", "Yes, as it is"),
              rating("handbook", 3),
              text("handbook-missing", "Less on structures, more on skills and funding.")),
          "Giulia Romano",
          List.of(
              rating("thematic-groups", 4),
              choices("thematic-groups-next", "Data-Driven Public Sector", "Emerging Technologies"),
              choice("principles-ready", "Yes, with changes"),
              rating("handbook", 4)),
          "Ingrid Berg",
          List.of(
              rating("thematic-groups", 5),
              choices("thematic-groups-next", "Service Delivery"),
              choice("principles-ready", "Yes, as it is"),
              rating("handbook", 5)));

  @Inject People people;
  @Inject Registrations registrations;
  @Inject Delegations delegations;
  @Inject MeetingCatalog catalog;
  @Inject SessionEvaluations evaluations;
  @Inject FeedbackForms forms;

  /** A delegate of the demo and how they registered. */
  private record Delegate(
      String name,
      String position,
      String country,
      String organisation,
      Choices choices,
      boolean listed,
      LocalDate received,
      boolean deskApproved) {

    /** Both days in person, on the participant list, not decided yet. */
    static Delegate inPerson(
        String name, String position, String country, String organisation, boolean bus) {
      return of(
          name,
          position,
          country,
          organisation,
          new Choices(BOTH_DAYS, Set.of(), bus, null, null, Attendance.IN_PERSON));
    }

    /** The first day from afar, on the participant list, not decided yet. */
    static Delegate remote(String name, String position, String country, String organisation) {
      return of(
          name,
          position,
          country,
          organisation,
          new Choices(Set.of(ELeaders2019.DAY_1), Set.of(), false, null, null, Attendance.REMOTE));
    }

    private static Delegate of(
        String name, String position, String country, String organisation, Choices choices) {
      return new Delegate(name, position, country, organisation, choices, true, null, false);
    }

    Delegate on(int month, int day) {
      return new Delegate(
          name,
          position,
          country,
          organisation,
          choices,
          listed,
          LocalDate.of(2019, month, day),
          deskApproved);
    }

    Delegate approved() {
      return new Delegate(name, position, country, organisation, choices, listed, received, true);
    }

    Delegate unlisted() {
      return new Delegate(
          name, position, country, organisation, choices, false, received, deskApproved);
    }

    Delegate withNeeds(String dietary, String accessibility) {
      return with(choices.sideMeetings(), dietary, accessibility);
    }

    Delegate withGoingDigital() {
      return with(GOING_DIGITAL, choices.dietaryNeeds(), choices.accessibilityNeeds());
    }

    private Delegate with(Set<String> sideMeetings, String dietary, String accessibility) {
      Choices changed =
          new Choices(
              choices.days(),
              sideMeetings,
              choices.socialEvent(),
              dietary,
              accessibility,
              choices.attendance());
      return new Delegate(
          name, position, country, organisation, changed, listed, received, deskApproved);
    }

    /** firstname.lastname@delegation-cc.example, without accents. */
    String email() {
      String plain =
          Normalizer.normalize(name, Normalizer.Form.NFD)
              .replaceAll("\\p{M}", "")
              .toLowerCase(Locale.ROOT)
              .replace(' ', '.')
              .replace("-", "");
      return plain + "@delegation-" + country.toLowerCase(Locale.ROOT) + ".example";
    }
  }

  /**
   * Registers the demo's delegates, forms two delegations and enters their feedback, unless done;
   * safe on every start.
   */
  public void load() {
    if (people.findByEmail(delegates().get(0).email()).isPresent()) {
      return;
    }
    registrations.setSocialEventCapacity(ELeaders2019.SLUG, SOCIAL_EVENT_SEATS);
    Map<String, Person> registered = new LinkedHashMap<>();
    for (Delegate delegate : delegates()) {
      Person person =
          people.register(
              new Person(
                  delegate.name(),
                  delegate.position(),
                  delegate.email(),
                  organisation(delegate.organisation(), delegate.country())));
      registrations.importRegistration(
          ELeaders2019.SLUG,
          person.getId(),
          delegate.choices(),
          delegate.listed(),
          delegate.received().atTime(10, 30).atZone(ZoneId.of(ELeaders2019.TIME_ZONE)).toInstant(),
          delegate.deskApproved());
      registered.put(delegate.name(), person);
    }
    Person alternate =
        people.register(
            new Person(
                "Jaan Sepp",
                "Head of Digital Services, Government Office",
                "jaan.sepp@delegation-ee.example",
                organisation(ESTONIA, "EE")));
    delegations.compose(
        ELeaders2019.SLUG,
        ESTONIA,
        new PeopleIds(
            account("mari.tamm@delegation-ee.example"),
            List.of(registered.get("Kadri Kask").getId()),
            List.of(alternate.getId())));
    delegations.compose(
        ELeaders2019.SLUG,
        BELGIUM,
        new PeopleIds(
            account("luc.martin@delegation-be.example"),
            List.of(registered.get("Sophie Claes").getId()),
            List.of()));
    evaluateSessions(registered);
    answerTheSession5Form(registered);
  }

  /**
   * Each delegate rates every numbered session of the days they came, that evening: the sessions on
   * governance models and on indicators rated highest, the data-driven session lowest, each
   * delegate a little more or less generous; a few say why.
   */
  private void evaluateSessions(Map<String, Person> registered) {
    ZoneId zone = ZoneId.of(ELeaders2019.TIME_ZONE);
    List<AgendaItem> sessions =
        catalog.getPublished(ELeaders2019.SLUG).getItems().stream()
            .filter(item -> item.isSession() && item.getSessionNumber() != null)
            .toList();
    int d = 0;
    for (Delegate delegate : delegates()) {
      int mood = MOODS[d++ % MOODS.length];
      for (AgendaItem session : sessions) {
        LocalDate day = session.getDay().getDate();
        if (!delegate.choices().days().contains(day)) {
          continue;
        }
        int number = session.getSessionNumber();
        int rating = Math.max(1, Math.min(5, SESSION_RATINGS[number - 1] + mood));
        evaluations.importEvaluation(
            ELeaders2019.SLUG,
            session.getKey(),
            registered.get(delegate.name()).getId(),
            new SessionFeedback(rating, COMMENTS.get(delegate.name() + "/" + number), List.of()),
            day.atTime(20, 0).atZone(zone).toInstant());
      }
    }
  }

  /** The delegates of the second day answer the Session 5 form in the week after the meeting. */
  private void answerTheSession5Form(Map<String, Person> registered) {
    long form = forms.formId(ELeaders2019.SLUG, DemoFeedback.SESSION_5_FORM).orElseThrow();
    Instant given =
        LocalDate.of(2019, 9, 25)
            .atTime(9, 0)
            .atZone(ZoneId.of(ELeaders2019.TIME_ZONE))
            .toInstant();
    FORM_ANSWERS.forEach(
        (name, answers) ->
            forms.importResponse(form, registered.get(name).getId(), answers, given));
  }

  private Long account(String email) {
    return people.findByEmail(email).orElseThrow().getId();
  }

  /** The organisation of that name; a country's delegation is registered when it is new. */
  private Organisation organisation(String name, String country) {
    return people.organisation(name, country, OrganisationCategory.OECD_MEMBER_DELEGATION, country);
  }

  private static List<Delegate> delegates() {
    return List.of(
        Delegate.inPerson("Kadri Kask", "Adviser, e-Governance", "EE", ESTONIA, true)
            .on(6, 3)
            .approved(),
        Delegate.inPerson(
                "Sophie Claes", "Strategy Lead, FPS Policy and Support", "BE", BELGIUM, true)
            .on(6, 5)
            .approved(),
        Delegate.inPerson(
                "Min-jun Park",
                "Director, Digital Government Bureau",
                "KR",
                "Delegation of Korea",
                true)
            .withNeeds("Halal meals", null)
            .on(6, 12)
            .approved(),
        Delegate.inPerson(
                "Émilie Tremblay",
                "Senior Director, Digital Policy",
                "CA",
                "Delegation of Canada",
                true)
            .withGoingDigital()
            .on(6, 20)
            .approved(),
        Delegate.inPerson(
                "Inês Ferreira", "Chief Digital Officer", "PT", "Delegation of Portugal", true)
            .withNeeds("Vegetarian", null)
            .on(7, 1)
            .approved(),
        Delegate.inPerson(
                "Mads Nielsen",
                "Head of Division, Agency for Digitisation",
                "DK",
                "Delegation of Denmark",
                true)
            .on(7, 4)
            .approved(),
        Delegate.inPerson(
                "Camila Rojas",
                "Head of Digital Government Division",
                "CL",
                "Delegation of Chile",
                true)
            .withGoingDigital()
            .on(7, 9)
            .approved(),
        Delegate.inPerson(
                "Haruto Sato",
                "Deputy Director, Digital Agency",
                "JP",
                "Delegation of Japan",
                false)
            .unlisted()
            .on(7, 15)
            .approved(),
        Delegate.inPerson(
                "Giulia Romano",
                "Adviser, Digital Transformation Team",
                "IT",
                "Delegation of Italy",
                true)
            .withNeeds(null, "Step-free access")
            .on(7, 22)
            .approved(),
        Delegate.remote(
                "Alejandro Hernández",
                "Coordinator, Digital Strategy",
                "MX",
                "Delegation of Mexico")
            .unlisted()
            .on(8, 2),
        Delegate.inPerson(
                "Ingrid Berg",
                "Senior Adviser, Digitalisation Agency",
                "NO",
                "Delegation of Norway",
                true)
            .withNeeds("No nuts", null)
            .on(8, 19)
            .approved(),
        Delegate.remote(
                "Aroha Walker",
                "Principal Adviser, Digital Public Service",
                "NZ",
                "Delegation of New Zealand")
            .on(8, 26)
            .approved(),
        Delegate.inPerson(
                "Siobhán Byrne",
                "Principal Officer, Office of the Government CIO",
                "IE",
                "Delegation of Ireland",
                false)
            .withGoingDigital()
            .on(9, 2),
        Delegate.inPerson(
                "Lukas Gruber",
                "Head of Digital Administration",
                "AT",
                "Delegation of Austria",
                true)
            .on(9, 6)
            .approved());
  }

  private static AnswerInput rating(String code, int rating) {
    return new AnswerInput(code, rating, null, null);
  }

  private static AnswerInput choice(String code, String choice) {
    return new AnswerInput(code, null, null, List.of(choice));
  }

  private static AnswerInput choices(String code, String... choices) {
    return new AnswerInput(code, null, null, List.of(choices));
  }

  private static AnswerInput text(String code, String text) {
    return new AnswerInput(code, null, text, null);
  }
}
