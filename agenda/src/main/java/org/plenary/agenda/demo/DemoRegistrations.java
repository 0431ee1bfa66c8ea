package org.plenary.agenda.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.plenary.agenda.delegations.application.Delegations;
import org.plenary.agenda.delegations.application.Delegations.PeopleIds;
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
 * has not registered yet: registering is hers to try) and Belgium (headed by the demo member). The
 * people are invented; their meeting is the real agenda. Call it once the demo accounts and the
 * meeting exist, after the outcomes: the minutes were circulated before these registrations were
 * entered, so nobody is mailed on a fresh start.
 */
@Stateless
@RunAs(Roles.SECRETARIAT)
public class DemoRegistrations {
  static final int SOCIAL_EVENT_SEATS = 30;
  static final String ESTONIA = "Delegation of Estonia";
  static final String BELGIUM = "Delegation of Belgium";

  private static final Set<LocalDate> BOTH_DAYS = Set.of(ELeaders2019.DAY_1, ELeaders2019.DAY_2);
  private static final Set<String> GOING_DIGITAL = Set.of(ELeaders2019.GOING_DIGITAL_SLUG);

  @Inject People people;
  @Inject Registrations registrations;
  @Inject Delegations delegations;

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
      return new Delegate(
          name,
          position,
          country,
          organisation,
          new Choices(BOTH_DAYS, Set.of(), bus, null, null, Attendance.IN_PERSON),
          true,
          null,
          false);
    }

    /** The first day from afar, on the participant list, not decided yet. */
    static Delegate remote(String name, String position, String country, String organisation) {
      return new Delegate(
          name,
          position,
          country,
          organisation,
          new Choices(Set.of(ELeaders2019.DAY_1), Set.of(), false, null, null, Attendance.REMOTE),
          true,
          null,
          false);
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
      return with(
          new Choices(
              choices.days(),
              choices.sideMeetings(),
              choices.socialEvent(),
              dietary,
              accessibility,
              choices.attendance()));
    }

    Delegate withGoingDigital() {
      return with(
          new Choices(
              choices.days(),
              GOING_DIGITAL,
              choices.socialEvent(),
              choices.dietaryNeeds(),
              choices.accessibilityNeeds(),
              choices.attendance()));
    }

    private Delegate with(Choices changed) {
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

  /** Registers the demo's delegates and forms two delegations, unless done; safe on every start. */
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
}
