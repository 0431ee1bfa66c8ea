package org.plenary.agenda.demo;

import static org.plenary.agenda.meetings.domain.AgendaRole.of;
import static org.plenary.agenda.meetings.domain.ItemStep.at;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.plenary.agenda.meetings.application.DayPlan;
import org.plenary.agenda.meetings.application.ItemPlan;
import org.plenary.agenda.meetings.application.MeetingPlan;
import org.plenary.agenda.meetings.domain.Audience;
import org.plenary.agenda.meetings.domain.ItemKind;
import org.plenary.agenda.meetings.domain.RoleKind;
import org.plenary.agenda.meetings.domain.SessionFormat;
import org.plenary.agenda.meetings.domain.Venue;
import org.plenary.core.people.domain.OrganisationCategory;

/**
 * The E-Leaders 2019 meeting in Brussels and its back-to-back "Going Digital" workshop, as the
 * draft agenda V20190719 has them: every item, time, text, key question and role.
 */
public final class ELeaders2019 {
  public static final String SLUG = "e-leaders-2019";
  public static final String GOING_DIGITAL_SLUG = "going-digital-2019";
  public static final String AGENDA_LABEL = "V20190719";
  public static final String TASK_FORCE_SLUG = "task-force-governance-2019";
  public static final String TASK_FORCE_GROUP = "task-force-governance";
  public static final String TIME_ZONE = "Europe/Brussels";
  static final LocalDate DAY_1 = LocalDate.of(2019, 9, 19);
  static final LocalDate DAY_2 = LocalDate.of(2019, 9, 20);

  private static final String CHAIR = "Chair";
  private static final String SECRETARIAT = "OECD Secretariat";
  private static final String HOST_COUNTRY = "Host country representative";
  private static final String UBALDI =
      "Barbara Ubaldi – Deputy Head of Division and Head of Digital Government and Open Data"
          + " Team, Directorate for Public Governance, OECD";

  private ELeaders2019() {}

  /** The main meeting, 19–20 September 2019. */
  public static MeetingPlan meeting() {
    return MeetingPlan.of(SLUG, "E-Leaders 2019", DAY_1, DAY_2, TIME_ZONE, venue())
        .withTheme("Towards Service-Oriented Governance")
        .withBody("Meeting of the OECD Working Party of Senior Digital Government Officials")
        .withDescription(
            "As governments mature towards being ‘fully digital’, the adoption of digital "
                + "government strategies and their associated activities are increasingly "
                + "mainstreamed and underpin broader public sector reforms.",
            "We observe that within public sectors this results in improved policymaking "
                + "and service delivery, with approaches that progressively put user needs at "
                + "their heart, encourage collaborative and anticipatory forms of governance, "
                + "and try to fully leverage data and emerging technologies to deliver "
                + "sustainable and equitable results. The hope is for governments to improve "
                + "their perceived agility and responsiveness in the pursuit of enhanced "
                + "well-being while meeting the rapidly changing needs of increasingly diverse "
                + "communities and economies. Nevertheless, these trends also introduce new "
                + "challenges and concerns. For example, governments must remain mindful of the "
                + "need to identify and protect emerging digital rights and develop ways to "
                + "maintain and enhance trustworthiness in the eyes of the public.",
            "Success in becoming ‘fully digital’ requires government-wide coherence and "
                + "integration of decisions and activities within and between public sector "
                + "organisations. The establishment of governance frameworks that secure sound "
                + "leadership and coordination, and that foster system-based rather than "
                + "silo-driven decisions are necessary for governments to test and experiment "
                + "with processes and methods, that are digital by design and open by default, "
                + "whilst ensuring an adoption and use of digital tools and data in ways that "
                + "avoid amplifying existing biases, or creating new forms of exclusion.",
            "Previous E-Leaders meetings in Tokyo (2015), Tallinn (2016), and Lisbon "
                + "(2017) have underlined the importance of data-driven public sectors to "
                + "create more intelligent, innovative, sustainable and inclusive governments. "
                + "The Seoul 2018 E-Leaders focused on the challenges and opportunities "
                + "encountered in applying emerging technologies to make public sectors more "
                + "responsive and durable.",
            "The Brussels 2019 E-Leaders meeting will bring together senior digital "
                + "government decision-makers, the private sector, civil society and academia "
                + "from OECD member and non-member countries, to share experiences and discuss "
                + "approaches to develop a governance for digital government that can "
                + "accelerate a strategic and sustainable digital transformation of the public "
                + "sector in pursuit of more service oriented organizations capable of "
                + "increasing overall societal wellbeing.")
        .withDays(day1(), day2());
  }

  /** The "Going Digital" workshop held before the meeting opens on its first day. */
  public static MeetingPlan goingDigital() {
    return MeetingPlan.of(GOING_DIGITAL_SLUG, "Going Digital", DAY_1, DAY_1, TIME_ZONE, venue())
        .sideMeetingOf(SLUG)
        .withDescription(
            "What is the “Going Digital” Project?",
            "The OECD horizontal project “Going Digital: Making the Transformation Work "
                + "for Growth and Well-being” was launched in 2017 to help policymakers and "
                + "other stakeholders better understand the digital transformation that is "
                + "unfolding and develop a whole-of-government approach in response to its "
                + "challenges. Phase I was conducted over the 2017-18 biennium.",
            "Going Digital Phase I resulted in over 130 reports, numerous conferences and "
                + "workshops, and culminated in a Summit on 11-12 March 2019 with over 700 "
                + "participants, including a Head of State, Ministers, Vice Ministers, "
                + "technologists, senior government officials, and representatives of civil "
                + "society, organised labour, business and the Internet technical community. "
                + "Three major horizontal deliverables were produced: a synthesis report¹, a "
                + "measurement report² and an online Toolkit. They were all structured along "
                + "the lines of the Going Digital Integrated Policy Framework that was "
                + "developed during Phase I.",
            "Going Digital Phase II began in January 2019 and will run until the end of "
                + "2020. Phase II responds to a strong demand from Members and beyond for "
                + "support in shaping the ongoing digital transformation, addressing the "
                + "challenges it raises, and reaping and sharing its benefits.",
            "What will be discussed?",
            "Taking advantage of the of gathering of the Senior Digital Government "
                + "Officials from around the world in occasion for the 2019 E-Leaders meeting, "
                + "the OECD would like to organise a session aimed to present and discuss the "
                + "main findings of the OECD Going Digital project Phase I and identify "
                + "priorities for Phase II, considering the needs and perspective of the Public "
                + "Governance Committee and its subsidiary body, the Working Party on Senior "
                + "Digital Government Officials (E-Leaders). All country delegates are invited "
                + "to participate.",
            "¹ OECD (2019), Going Digital: Shaping Policies, Improving Lives, OECD "
                + "Publishing, Paris, https://doi.org/10.1787/9789264312012-en.",
            "² OECD (2019), Measuring the Digital Transformation: A Roadmap for the "
                + "Future, OECD Publishing, Paris, https://doi.org/10.1787/9789264311992-en.")
        .withRoles(
            of(
                RoleKind.CHAIR,
                "Siim Sikkut, Chair of the Working Party of Senior Digital Government Officials"
                    + " (E-Leaders)"))
        .withDays(
            DayPlan.of(
                    DAY_1,
                    "19 September 2019",
                    Audience.onlyFor(
                        "All country delegates are invited to participate.",
                        OrganisationCategory.OECD_MEMBER_DELEGATION,
                        OrganisationCategory.NON_MEMBER_DELEGATION))
                .withItems(
                    ItemPlan.of(
                            ItemKind.OPENING_REMARKS,
                            "Welcome and Opening Remarks",
                            time(9, 0),
                            time(9, 15))
                        .withRoles(
                            of(
                                RoleKind.SPEAKER,
                                "Marcos Bonturi, Director, Public Governance Directorate, OECD",
                                "Welcome and opening remarks"),
                            of(
                                RoleKind.SPEAKER,
                                "Dirk Pilat, Deputy Director, OECD Directorate for Science,"
                                    + " Technology and Innovation",
                                "General introduction on the Going Digital Horizontal Project")),
                    session("Going Digital Phase I: Main results", time(9, 15), time(9, 30))
                        .withFormat(SessionFormat.PRESENTATION)
                        .withRoles(
                            of(
                                RoleKind.SPEAKER,
                                "Dirk Pilat – Deputy Director, Science Technology and Innovation"
                                    + " Directorate (STI)",
                                "will present the main outcomes and deliverables of the Going"
                                    + " Digital Project, including the Going Digital Integrated"
                                    + " Policy Framework and the Going Digital Toolkit."),
                            of(
                                RoleKind.COUNTRY_INTERVENTION,
                                "Belgium – Frank Leyman",
                                "will intervene to provide feedback to the countries on the"
                                    + " experience of Belgium as part of the Joint Steering"
                                    + " Committee of the Going Digital Project.")),
                    session("Going Digital I to II: Looking ahead", time(9, 30), time(10, 10))
                        .withFormat(SessionFormat.PRESENTATION)
                        .withRoles(
                            of(
                                RoleKind.SPEAKER,
                                UBALDI,
                                "will open the discussion, touching briefly upon the importance"
                                    + " of the Public Governance participation and that of the"
                                    + " E-Leaders in the Going Digital Project, including in the"
                                    + " further elaboration of the Toolkit, emphasizing the role"
                                    + " of digital government in the broader picture of digital"
                                    + " economies and societies."),
                            of(
                                RoleKind.SPEAKER,
                                "Dirk Pilat – Deputy Director, Science, Technology and Innovation"
                                    + " Directorate, OECD",
                                "will present the main pillars, key projects, governance"
                                    + " structure and implementation timeframe."),
                            of(
                                RoleKind.COUNTRY_INTERVENTION,
                                "Siim Sikkut, CIO of Estonia, Chair of the E-leaders and PGC"
                                    + " representative to the Joint Steering Committee of the"
                                    + " Going Digital Project",
                                "will discuss the role that E-Leaders can play in Phase II of the"
                                    + " Project."),
                            of(
                                RoleKind.COUNTRY_INTERVENTION,
                                "Canada",
                                "will present on their role as a leader in government use of"
                                    + " responsible artificial intelligence (AI) in the public"
                                    + " sector."),
                            of(
                                RoleKind.COUNTRY_INTERVENTION,
                                "United Kingdom",
                                "will present on their use of emerging technologies to improve"
                                    + " service delivery.")),
                    session("Open Discussion", time(10, 10), time(10, 55))
                        .withFormat(SessionFormat.OPEN_DISCUSSION)
                        .withDescription(
                            "The following questions will put to the "
                                + "participants for discussion:")
                        .withRoles(of(RoleKind.MODERATOR, UBALDI))
                        .withKeyQuestions(
                            "What is the relationship between economies and societies "
                                + "“Going Digital” and Digital Government?",
                            "What is the role of governments in implementing, using and "
                                + "generating value from digital technologies and data? How can "
                                + "the Going Digital Project help?",
                            "What is the role of the E-Leaders in relation to the "
                                + "implementation of the Going Digital Project? What topics "
                                + "could a digital government “Toolkit Note” address to best "
                                + "support the E-Leaders ?"),
                    ItemPlan.of(
                            ItemKind.CLOSING_REMARKS,
                            "Concluding Remarks from the moderator",
                            time(10, 55),
                            time(11, 0))
                        .withRoles(of(RoleKind.MODERATOR, UBALDI))));
  }

  private static DayPlan day1() {
    return DayPlan.of(
            DAY_1,
            "Day 1",
            Audience.onlyFor(
                "Day 1 will be open to delegates from the OECD Working Party of Senior "
                    + "Digital Government Officials and from invited non-member countries, as "
                    + "well as to representatives from international organisations and selected "
                    + "participants from the private sector, the academia and the civil society.",
                OrganisationCategory.OECD_MEMBER_DELEGATION,
                OrganisationCategory.NON_MEMBER_DELEGATION,
                OrganisationCategory.INTERNATIONAL_ORGANISATION,
                OrganisationCategory.PRIVATE_SECTOR,
                OrganisationCategory.ACADEMIA,
                OrganisationCategory.CIVIL_SOCIETY))
        .withNote(
            "NB: Between 9h00 and 11h00, a back-to-back meeting to present and discuss "
                + "the main findings of the OECD Going Digital project will take place in the "
                + "same venue of the E-Leaders meeting. All country delegates are invited to "
                + "participate. Going Digital workshop agenda can be found as an appendix to "
                + "this document.")
        .withItems(
            ItemPlan.of(
                ItemKind.REGISTRATION, "Registration and Light Lunch", time(11, 0), time(12, 0)),
            ItemPlan.of(ItemKind.OPENING_REMARKS, "Opening Remarks", time(12, 0), time(12, 45))
                .withRoles(
                    of(RoleKind.HOST_COUNTRY_REPRESENTATIVE, HOST_COUNTRY),
                    of(RoleKind.SECRETARIAT, SECRETARIAT),
                    of(RoleKind.CHAIR, CHAIR)),
            ItemPlan.session(
                    1,
                    "Towards new governance models for enhanced digital maturity and user-driven"
                        + " service delivery",
                    time(12, 45),
                    time(13, 45))
                .withFormat(SessionFormat.PLENARY)
                .withDescription(
                    "The digitalisation of governments goes beyond technical discussions "
                        + "on the opportunities and challenges of emerging technological "
                        + "trends. Digital evolutions are permanently reshaping the economy "
                        + "with wide-ranging impacts on both government and society that lead "
                        + "to new business models and a change in the relationship between "
                        + "service providers and users. The governance of data and digital "
                        + "technologies across public sector organisations must adapt to the "
                        + "significant changes of our \"digital era\" and help overcoming "
                        + "siloed approaches, that are often the legacy of years of "
                        + "sector-specific digitisation efforts rather than actions targeting "
                        + "whole-of-government digitalisation goals.",
                    "This session will provide E-Leaders with an overview of the work of "
                        + "the Task Force on Governance with a particular focus on the draft "
                        + "Handbook and the suggested framework on governance. The group will "
                        + "discuss:",
                    "1. The overall contextual factors that should be considered when "
                        + "defining the most suitable governance model,\n2. The institutional "
                        + "models that appear to be best suited to achieve a sustainable "
                        + "digital transformation of the public sector, and\n3. The policy "
                        + "levers required to support the coherent implementation of a digital "
                        + "government strategy.",
                    "These three facets of governance are essential for developing "
                        + "digital government policies that generate a competitive, inclusive "
                        + "and cohesive economic environment, support productivity and foster "
                        + "citizens and businesses' trust in government institutions.")
                .withKeyQuestions(
                    "Besides those identified by the E-Leaders Taskforce on Governance "
                        + "(contextual factors, institutional models and policy levers) are "
                        + "there other facets that should be considered to help governments "
                        + "define a framework suitable to drive a sustainable digital "
                        + "transformation?",
                    "What are the contextual factors that governments need to consider "
                        + "when defining the governance for a digitally-enabled state?",
                    "Are there particular institutional models that encourage the "
                        + "necessary leadership, coherency and integration for securing the "
                        + "sustainability of digital government policies and strategies (e.g. "
                        + "existence of a Government CIO and/or a dedicated digital government "
                        + "agency)?",
                    "Which policy levers should governments prioritise to support the "
                        + "efficient and effective implementation of digital government "
                        + "strategies?"),
            ItemPlan.session(
                    2,
                    "Framing and detailing the facets of a sound governance framework",
                    time(13, 45),
                    time(15, 15))
                .withFormat(SessionFormat.INTERACTIVE_GROUPS)
                .withDescription(
                    "The omnipresence of digital technologies and the extent of their "
                        + "associated ecosystem of stakeholders raises various challenges "
                        + "including the sovereignty of data, inclusive economic development "
                        + "and the future of work in governments. As countries respond with "
                        + "ambitious and innovative public agendas, they require governance "
                        + "frameworks that will produce coherent delivery in pursuit of "
                        + "system-wide change that can realise the opportunities and tackle the "
                        + "challenges of the digital transformation.",
                    "This second session will be interactive and allow E-Leaders to "
                        + "discuss and reflect on their assumptions around the proposed "
                        + "definition and scope of the governance framework and its facets for "
                        + "achieving effective digital government. Participants will gather in "
                        + "different groups to review and develop the work on contextual "
                        + "factors, institutional models and policy levers that need to be "
                        + "taken into account when developing governance frameworks and tools "
                        + "for digital government. Session 2 will also present an opportunity "
                        + "to consider the work and reflections of the E-Leaders Thematic "
                        + "Groups on Business Cases, ICT Commissioning and Digital Identity.")
                .withKeyQuestions(
                    "Which institutional models and policy levers can best help "
                        + "overcoming sectoral silos in the public sector and achieve coherent "
                        + "and strategic implementation?",
                    "How can governments shift from an ICT procurement to an ICT "
                        + "Commissioning approach that involves the ecosystem for more open, "
                        + "coherent and sustainable digital government related investment?",
                    "Which business case approaches can strengthen efficiency, reinforce "
                        + "agility and improve the alignment of digital, data and technology "
                        + "investments across the administration?"),
            ItemPlan.of(ItemKind.BREAK, "Coffee Break", time(15, 15), time(15, 30)),
            ItemPlan.session(
                    3,
                    "Strengthening service-oriented governance through a data-driven public"
                        + " sector",
                    time(15, 30),
                    time(17, 0))
                .withFormat(SessionFormat.PLENARY)
                .withDescription(
                    "As OECD member and non-member countries commit to improving the "
                        + "maturity of service delivery for citizens and businesses, they are "
                        + "embracing digital by design approaches, putting users at their heart "
                        + "and exploring the potential benefits of disruptive and emerging "
                        + "technologies. One of the critical foundations for this is how "
                        + "governments approach data management. Creating coherent, "
                        + "cross-government governance models, seeking to generate public value "
                        + "and ensuring that the use of data and technology protects trust in "
                        + "government, is vital to improve the efficiency, responsiveness, "
                        + "transparency and effectiveness of public service delivery.",
                    "This session will focus on the work of the country-led E-Leaders "
                        + "Thematic Groups on Emerging Technologies, Data-Driven Public Sector "
                        + "and Service Delivery, that have been meeting and reflecting about "
                        + "different outputs (e.g. playbooks, guidelines, maturity models). The "
                        + "plenary will allow them to present their work, enable the E-Leaders "
                        + "to engage with the thematic group coordinators on the outputs "
                        + "produced, and explore follow up priorities.")
                .withKeyQuestions(
                    "How can governments shape decisions on the use of emerging "
                        + "technologies that are led by citizen's needs rather than driven by "
                        + "technology?",
                    "How can data governance help enabling the right conditions within "
                        + "governments to use data to deliver higher quality services and "
                        + "create public value?",
                    "What external efforts are required to protect and enhance the "
                        + "trustworthiness of government in the eyes of the public when it "
                        + "comes to the management and use of personal data?",
                    "What policy approaches can be adopted to embed a mature "
                        + "service-oriented culture across the public sector?"),
            ItemPlan.of(
                    ItemKind.WRAP_UP,
                    "Wrap-up session: governing the transformation of governments",
                    time(17, 0),
                    time(17, 30))
                .withFormat(SessionFormat.MODERATED_CONVERSATION)
                .withDescription(
                    "This short session will invite the participants to focus on key "
                        + "points of reflection and take away on the governance-related "
                        + "discussions of day 1 through a synthetic and interactive "
                        + "conversation framed and moderated by the Chair of the Working Party.")
                .withRoles(of(RoleKind.MODERATOR, "Chair of the Working Party")),
            ItemPlan.of(ItemKind.CLOSING_REMARKS, "Closure of Day 1", time(17, 30), time(17, 45))
                .withRoles(
                    of(RoleKind.SECRETARIAT, SECRETARIAT),
                    of(RoleKind.HOST_COUNTRY_REPRESENTATIVE, HOST_COUNTRY)),
            ItemPlan.of(ItemKind.SOCIAL_EVENT, "Social Event", time(18, 0), time(22, 0))
                .withSteps(
                    at(18, 0, "Bus departs"),
                    at(20, 0, "Dinner"),
                    at(22, 0, "Bus returns to Brussels")));
  }

  private static DayPlan day2() {
    return DayPlan.of(
            DAY_2,
            "Day 2",
            Audience.onlyFor(
                "Day 2 (sessions 4, 5 and 6) will be open only to delegates from the OECD "
                    + "Working Party of Senior Digital Government Officials and from invited "
                    + "non-member countries.",
                OrganisationCategory.OECD_MEMBER_DELEGATION,
                OrganisationCategory.NON_MEMBER_DELEGATION))
        .withItems(
            ItemPlan.of(ItemKind.OPENING_REMARKS, "Opening Remarks", time(9, 0), time(9, 30))
                .withRoles(
                    of(RoleKind.CHAIR, CHAIR),
                    of(RoleKind.SECRETARIAT, SECRETARIAT),
                    of(RoleKind.HOST_COUNTRY_REPRESENTATIVE, HOST_COUNTRY)),
            ItemPlan.session(4, "Digital Government Reviews", time(9, 30), time(11, 0))
                .withFormat(SessionFormat.WORLD_CAFE)
                .withDescription(
                    "E-Leaders will have the opportunity to learn about different digital "
                        + "government peer reviews or studies. This session is designed to "
                        + "share the main insights and lessons learned from each of these "
                        + "reviews as well as the concrete outcomes these projects have led to. "
                        + "To allow fruitful interactions with the representatives from "
                        + "reviewed countries, peers and the Secretariat, the session will be "
                        + "organised in a World Café format."),
            ItemPlan.session(5, "Delegates feedback session", time(11, 0), time(12, 30))
                .withFormat(SessionFormat.DELEGATES_FEEDBACK)
                .withDescription(
                    "This session will provide a reflective look back on the work "
                        + "produced by the Secretariat over the past year and the opportunity "
                        + "to obtain an overview of the work ahead towards the coming year. The "
                        + "E-Leaders will be asked to provide feedback on the Thematic Groups, "
                        + "the draft of the General Principles on Enhanced Access to and "
                        + "Sharing of Data (EASD) and the draft Handbook on Governance for a "
                        + "Digital Government, to better direct the work of the Secretariat and "
                        + "of the Working Party in the following year. The OECD Secretariat "
                        + "will provide the necessary background on the renewal of the mandate "
                        + "of the E-Leaders to secure its relevance to the Public Governance "
                        + "Committee. Constructive inputs and conversations during this session "
                        + "will help gather indications to prepare the E-Leaders 2020."),
            ItemPlan.of(ItemKind.MEAL, "Buffet Lunch", time(12, 30), time(13, 30)),
            ItemPlan.session(6, "OECD Digital Government Indicators", time(13, 30), time(15, 30))
                .withFormat(SessionFormat.PLENARY)
                .withDescription(
                    "The OECD Digital Government Indicators aim to assess progresses made "
                        + "by governments in their evolution from e-government to digital "
                        + "government. Helping governments understand their advances in the "
                        + "path towards digital government is essential, as this supports a "
                        + "strategic deployment and use of digital technologies and data "
                        + "towards more innovative, open and efficient governments thus "
                        + "strengthening the conditions for social inclusion and stability, "
                        + "economic progress and national competitiveness.",
                    "The indicators measure advances made by governments to evolve "
                        + "towards digital government based on a “6 by 6” OECD Theoretical "
                        + "Framework – which embeds the main dimensions that characterise a "
                        + "Digital Government (i.e. user-driven, government-as-a-platform, "
                        + "digital by design, data-driven public sector proactiveness and open "
                        + "by default). The framework is based on the 2014 OECD Recommendation "
                        + "of the Council on Digital Government Strategies (which calls for a "
                        + "shift towards digital government); and each sub-dimension covers one "
                        + "or more of the 12 key recommendations. Therefore, the measurement "
                        + "based on the theoretical framework provides a basis also to monitor "
                        + "efforts made by the governments to progress in the implementation of "
                        + "the Recommendation.",
                    "The session will present the preliminary results of the Digital "
                        + "Government Indicators calculated based on the data collected through "
                        + "the OECD Digital Government Indicators Survey conducted in 2018. The "
                        + "Secretariat will present the methodology applied and the framework "
                        + "used (including the dimensions and sub-dimensions considered). "
                        + "Drawing on the preliminary results and the six dimensions of the "
                        + "Theoretical Framework, the session will debate maturity models for a "
                        + "cohesive and sustainable development of a digital state."),
            ItemPlan.of(ItemKind.CLOSING_REMARKS, "Closing Session", time(15, 30), time(16, 0))
                .withRoles(
                    of(RoleKind.CHAIR, CHAIR),
                    of(RoleKind.SECRETARIAT, SECRETARIAT),
                    of(RoleKind.HOST_COUNTRY_REPRESENTATIVE, HOST_COUNTRY)));
  }

  private static ItemPlan session(String title, LocalTime start, LocalTime end) {
    return ItemPlan.of(ItemKind.SESSION, title, start, end);
  }

  /**
   * The Task Force on Governance's working meeting on the draft Handbook after E-Leaders 2019, held
   * by the Task Force (working group {@link #TASK_FORCE_GROUP}).
   */
  public static MeetingPlan taskForceMeeting() {
    LocalDate day = LocalDate.of(2019, 11, 14);
    return MeetingPlan.of(
            TASK_FORCE_SLUG,
            "Task Force on Governance: working meeting on the draft Handbook",
            day,
            day,
            "Europe/Paris",
            new Venue(
                "OECD Conference Centre", List.of("2 rue André Pascal", "75016 Paris"), "Paris"))
        .withDescription(
            "The Task Force on Governance takes stock of the feedback the E-Leaders gave on the"
                + " draft Handbook on Governance for a Digital Government in Brussels and agrees"
                + " the next version.")
        .withDays(
            DayPlan.of(day, "14 November 2019", Audience.everyone())
                .withItems(
                    ItemPlan.session(1, "Feedback from E-Leaders 2019", time(10, 0), time(11, 30))
                        .withFormat(SessionFormat.OPEN_DISCUSSION),
                    ItemPlan.session(
                            2, "The next version of the Handbook", time(11, 45), time(13, 0))
                        .withFormat(SessionFormat.OPEN_DISCUSSION)));
  }

  private static Venue venue() {
    return new Venue(
        "BOSA – FPS Policy and Support",
        List.of("Boulevard Simon Bolivar 30", "1000 Brussels"),
        "Brussels");
  }

  private static LocalTime time(int hour, int minute) {
    return LocalTime.of(hour, minute);
  }
}
