package org.plenary.web.demo;

import jakarta.annotation.security.RunAs;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.plenary.core.drafts.application.Drafts;
import org.plenary.core.drafts.domain.SectionText;
import org.plenary.core.groups.application.WorkingGroups;
import org.plenary.core.groups.domain.GroupKind;
import org.plenary.core.groups.domain.GroupRole;
import org.plenary.core.security.domain.Roles;

/**
 * The demo working groups: the six E-Leaders thematic groups (the one on the data-driven public
 * sector with the draft EASD Principles), the Task Force on Governance with its draft Handbook, and
 * an interministerial committee. The demo {@code member} coordinates the Task Force; the demo
 * {@code delegate} is in two thematic groups but not in the Task Force, so the Handbook stays
 * private to them until it is shared.
 */
@Stateless
@RunAs(Roles.SECRETARIAT)
public class DemoGroups {
  static final String TASK_FORCE = "task-force-governance";
  static final String HANDBOOK = "Handbook on Governance for a Digital Government";
  static final String DATA_GROUP = "data-driven-public-sector";
  static final String EASD = "General Principles on Enhanced Access to and Sharing of Data (EASD)";

  @Inject WorkingGroups groups;
  @Inject Drafts drafts;

  private record Group(String slug, String name, GroupKind kind, String description) {}

  private static final List<Group> GROUPS =
      List.of(
          thematic("business-cases", "Business Cases"),
          thematic("ict-commissioning", "ICT Commissioning"),
          thematic("digital-identity", "Digital Identity"),
          thematic("emerging-technologies", "Emerging Technologies"),
          thematic("data-driven-public-sector", "Data-Driven Public Sector"),
          thematic("service-delivery", "Service Delivery"),
          new Group(
              TASK_FORCE,
              "Task Force on Governance",
              GroupKind.TASK_FORCE,
              "Writes the Handbook on Governance for a Digital Government and the suggested"
                  + " framework on governance."),
          new Group(
              "interministerial-committee-digital",
              "Interministerial Committee on Digital Government",
              GroupKind.COMMITTEE,
              "Coordinates the ministries' positions on digital government texts."));

  private static Group thematic(String slug, String topic) {
    return new Group(
        slug,
        "E-Leaders Thematic Group on " + topic,
        GroupKind.THEMATIC_GROUP,
        "A country-led thematic group of the E-Leaders.");
  }

  /** Creates what is missing; safe to call on every start. */
  public void load() {
    for (Group group : GROUPS) {
      if (groups.find(group.slug()).isEmpty()) {
        groups.create(group.slug(), group.name(), group.kind(), group.description());
      }
    }
    groups.assign(TASK_FORCE, "member", GroupRole.COORDINATOR);
    groups.assign(TASK_FORCE, "secretariat", GroupRole.OBSERVER);
    groups.assign("digital-identity", "member", GroupRole.MEMBER);
    groups.assign("digital-identity", "delegate", GroupRole.COORDINATOR);
    groups.assign("service-delivery", "delegate", GroupRole.MEMBER);
    groups.assign("interministerial-committee-digital", "ministry", GroupRole.COORDINATOR);
    if (!drafts.exists(TASK_FORCE, HANDBOOK)) {
      drafts.start(TASK_FORCE, HANDBOOK, handbook(), "First draft for E-Leaders 2019");
    }
    if (!drafts.exists(DATA_GROUP, EASD)) {
      drafts.start(DATA_GROUP, EASD, easd(), "Draft for E-Leaders 2019");
    }
  }

  private static List<SectionText> easd() {
    return List.of(
        new SectionText(
            null,
            "Purpose",
            "<p>These principles help governments open up and share data, within and beyond the"
                + " public sector, while keeping trust.</p>"),
        new SectionText(
            null,
            "Trust and safeguards",
            "<p>Access and sharing respect privacy, data protection and the rights of those the"
                + " data describe.</p>"),
        new SectionText(
            null,
            "Stakeholder engagement",
            "<p>Data users and holders take part in deciding what is shared and how.</p>"));
  }

  private static List<SectionText> handbook() {
    return List.of(
        new SectionText(
            null,
            "Introduction",
            "<p>Digital government calls for governance that holds across ministries, levels of"
                + " government and borders. This Handbook helps governments review and develop"
                + " their own.</p>"),
        new SectionText(
            null,
            "Scope of the governance framework",
            "<p>The framework covers <strong>contextual factors</strong>, <strong>institutional"
                + " models</strong> and <strong>policy levers</strong>.</p>"),
        new SectionText(
            null,
            "Contextual factors",
            "<p>Overall political and administrative culture, socio-economic factors and the"
                + " maturity of digital government shape what works.</p>"),
        new SectionText(
            null,
            "Institutional models",
            "<ul><li>Leadership: who leads the digital transformation.</li>"
                + "<li>Coordination: how ministries and agencies work together.</li></ul>"),
        new SectionText(
            null,
            "Policy levers",
            "<p>Strategies, funding, legal and regulatory frameworks, standards and"
                + " guidelines.</p>"));
  }
}
