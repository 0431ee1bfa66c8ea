package org.plenary.web.rest.outcomes;

import java.util.List;
import org.plenary.agenda.outcomes.application.CorrectionView;

/** A page of proposed corrections: how many there are in all, and this page's. */
public record CorrectionPage(long total, int first, int size, List<CorrectionView> items) {}
