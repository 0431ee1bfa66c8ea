package org.plenary.web.rest.desk;

import jakarta.ws.rs.QueryParam;

/** The desk's filter and sort query parameters, shared by the list and its exports. */
public class DeskParams {
  @QueryParam("status")
  public String status;

  @QueryParam("q")
  public String q;

  @QueryParam("organisation")
  public String organisation;

  @QueryParam("country")
  public String country;

  @QueryParam("attendance")
  public String attendance;

  @QueryParam("sort")
  public String sort;

  DeskQuery query() {
    return DeskQuery.of(status, q, organisation, country, attendance, sort);
  }
}
