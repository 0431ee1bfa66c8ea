package org.plenary.web.failover;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the user had typed into the form of a page whose view was lost, until the fresh view of that
 * page shows it again. Lives in the session, which the data grid replicates, so it survives the
 * node that lost the view. Only the latest page's input is kept, and it is handed out once.
 */
@SessionScoped
public class KeptInput implements Serializable {
  private static final long serialVersionUID = 1L;

  private String viewId;
  private LinkedHashMap<String, String[]> values;

  /** Keeps the posted values (by client id) of a form of the page {@code viewId}. */
  public synchronized void keep(String viewId, Map<String, String[]> postedValues) {
    this.viewId = viewId;
    this.values = new LinkedHashMap<>(postedValues);
  }

  /** The values kept for this page, if any; handed out once. */
  public synchronized Optional<Map<String, String[]>> take(String viewId) {
    if (this.viewId == null || !this.viewId.equals(viewId)) {
      return Optional.empty();
    }
    Map<String, String[]> kept = values;
    this.viewId = null;
    this.values = null;
    return Optional.of(kept);
  }
}
