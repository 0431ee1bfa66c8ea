package org.plenary.web.rest.outcomes;

import java.util.List;
import org.plenary.agenda.outcomes.application.ActionView;

/** A page of the commitments monitor: how many match in all, and this page's items. */
public record ActionPage(long total, int first, int size, List<ActionView> items) {}
