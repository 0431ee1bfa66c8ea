package org.plenary.core.privacy.application;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.List;
import java.util.Map;
import org.plenary.core.shared.Jsons;

/** A person's rows, read into JSON for the download or changed for the erasure, in native SQL. */
public final class PersonalRows {
  private PersonalRows() {}

  /**
   * The rows of {@code sql} (positional parameters {@code ?1, ?2…}) as JSON objects whose members
   * are named by {@code columns}, in the order the query selects them.
   */
  public static JsonArray of(
      EntityManager em, String sql, List<String> columns, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    JsonArrayBuilder rows = Jsons.array();
    for (Object result : query.getResultList()) {
      Object[] values = result instanceof Object[] many ? many : new Object[] {result};
      JsonObjectBuilder row = Jsons.object();
      for (int c = 0; c < columns.size(); c++) {
        add(row, columns.get(c), values[c]);
      }
      rows.add(row);
    }
    return rows.build();
  }

  /** Runs one native UPDATE or DELETE with positional parameters ({@code ?1, ?2…}). */
  public static int update(EntityManager em, String sql, Object... parameters) {
    Query query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.executeUpdate();
  }

  /**
   * Gives the erased person's user name to every listed column (by table) that names them as the
   * one who did something.
   */
  public static void rename(
      EntityManager em, Map<String, List<String>> userNameColumns, DataSubject subject) {
    userNameColumns.forEach(
        (table, columns) ->
            columns.forEach(
                column ->
                    update(
                        em,
                        "update " + table + " set " + column + " = ?1 where " + column + " = ?2",
                        subject.erasedName(),
                        subject.username())));
  }

  private static void add(JsonObjectBuilder row, String name, Object value) {
    if (value == null) {
      row.addNull(name);
    } else if (value instanceof Boolean b) {
      row.add(name, b);
    } else if (value instanceof Integer || value instanceof Long || value instanceof Short) {
      row.add(name, ((Number) value).longValue());
    } else {
      row.add(name, value.toString());
    }
  }
}
