package org.plenary.consultation.search.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.plenary.consultation.search.domain.Snippets;
import org.plenary.consultation.shared.Columns;
import org.plenary.core.infrastructure.DatabaseMigrations;
import org.plenary.core.shared.Like;

/**
 * Searches the sections of consulted documents and the published, visible comments on them: on
 * PostgreSQL by full text ({@code to_tsvector}/{@code plainto_tsquery} with the language-neutral
 * {@code simple} configuration, ranked by {@code ts_rank}, snippets by {@code ts_headline}); on H2
 * by matching every word with LIKE, ranked by how often the words occur, snippets cut in Java.
 * Ranking, filtering and paging happen on the database. Of the comments, only the newest {@link
 * #RANKED_COMMENTS} that match are ranked and counted. Never reads a name or an e-mail address.
 */
@Stateless
@PermitAll
public class Search {
  private static final String CONFIG = "'simple'";

  /**
   * How many matching comments are ranked: the newest (by submission) that match the words and the
   * filters. Ranking every match of a common word (100,000 of a million comments) on every request
   * is what made the search slow; a search matching more says so, and more words or a filter narrow
   * it.
   */
  public static final int RANKED_COMMENTS = 1000;

  /**
   * The comments' text as PostgreSQL searches it: the column {@code text_vector}, generated from
   * the text at INSERT as {@code to_tsvector('simple', comment_text)} and indexed by the GIN index
   * {@code consultation_comment_text_fts_idx} (db/vendor/postgresql V21_0).
   */
  public static final String COMMENT_VECTOR = "c.text_vector";

  private static final String HEADLINE =
      "'StartSel="
          + Snippets.START
          + ", StopSel="
          + Snippets.STOP
          + ", MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"'";
  private static volatile Boolean postgres;

  @PersistenceContext EntityManager em;

  @Resource(lookup = DatabaseMigrations.DATASOURCE)
  DataSource dataSource;

  @Inject Clock clock;

  /** A page of results, best first; none when the query has no word. */
  public List<SearchHit> page(SearchFilter filter, int first, int size) {
    List<String> words = Snippets.words(filter.getQuery());
    if (words.isEmpty()) {
      return List.of();
    }
    Sql sql = union(filter, words);
    String order = " order by r.rnk desc, r.kind, r.cid, r.item";
    sql.text.append(order);
    sql.text.append(" limit ").append(sql.param(Math.max(1, size)));
    sql.text.append(" offset ").append(sql.param(Math.max(0, first)));
    if (postgres()) {
      // the snippets of the page's results only, not of every result ranked
      sql.text
          .insert(
              0,
              "select r.kind, r.cid, r.title, r.item, r.section_number, r.heading, r.category,"
                  + " r.country, r.happened, r.rnk, "
                  + headline(sql, "r.snippet", words)
                  + " from (")
          .append(") r")
          .append(order);
    }
    Query query = sql.query(em);
    List<SearchHit> hits = new ArrayList<>();
    for (Object row : query.getResultList()) {
      hits.add(hit((Object[]) row, words));
    }
    return hits;
  }

  /** How many results the query has (of the comments, at most {@link #RANKED_COMMENTS}). */
  public long count(SearchFilter filter) {
    List<String> words = Snippets.words(filter.getQuery());
    if (words.isEmpty()) {
      return 0;
    }
    Sql sql = union(filter, words);
    sql.text.insert(0, "select count(*) from (").append(") c");
    return ((Number) sql.query(em).getSingleResult()).longValue();
  }

  private Sql union(SearchFilter filter, List<String> words) {
    boolean pg = postgres();
    Sql sql = new Sql();
    sql.text.append("select * from (");
    // comments: the newest RANKED_COMMENTS that match (and pass the filters), ranked
    String text = "c.comment_text";
    sql.text
        .append("select 'COMMENT' as kind, k.id as cid, k.title as title, c.id as item,")
        .append(" c.section_number as section_number, cast(null as varchar(300)) as heading,")
        .append(" c.category as category, c.country as country, c.published_at as happened, ")
        .append(rank(sql, pg, text, COMMENT_VECTOR, words))
        .append(" as rnk, ")
        .append(text)
        .append(" as snippet from consultation_comment c")
        .append(" join consultation k on k.id = c.consultation_id")
        .append(" where c.id in (select c.id from consultation_comment c")
        .append(" join consultation k on k.id = c.consultation_id")
        .append(" join draft d on d.id = k.draft_id join working_group g on g.id = d.group_id")
        .append(" where c.published = true and c.hidden_at is null and ")
        .append(match(sql, pg, text, COMMENT_VECTOR, words));
    consultationFilters(sql, filter);
    if (filter.getFrom() != null) {
      sql.text.append(" and c.published_at >= ").append(sql.param(start(filter.getFrom())));
    }
    if (filter.getTo() != null) {
      sql.text
          .append(" and c.published_at < ")
          .append(sql.param(start(filter.getTo().plusDays(1))));
    }
    if (filter.getCategory() != null) {
      sql.text.append(" and c.category = ").append(sql.param(filter.getCategory().name()));
    }
    if (filter.getCountry() != null && !filter.getCountry().isBlank()) {
      sql.text
          .append(" and c.country = ")
          .append(sql.param(filter.getCountry().strip().toUpperCase(Locale.ROOT)));
    }
    sql.text
        .append(" order by c.id desc fetch first ")
        .append(RANKED_COMMENTS)
        .append(" rows only)");
    if (!filter.commentsOnly()) {
      // sections of the consulted versions
      String doc =
          pg
              ? "(k.title || ' ' || s.heading || ' ' || regexp_replace(s.body, '<[^>]*>', ' ',"
                  + " 'g'))"
              : "(k.title || ' ' || s.heading || ' ' || s.body)";
      sql.text
          .append(" union all select 'DOCUMENT' as kind, k.id as cid, k.title as title,")
          .append(" cast(s.position + 1 as bigint) as item, s.position + 1 as section_number,")
          .append(" s.heading as heading, cast(null as varchar(30)) as category,")
          .append(" cast(null as varchar(2)) as country, k.opens_at as happened, ")
          .append(rank(sql, pg, doc, vector(doc), words))
          .append(" as rnk, ")
          .append(doc)
          .append(" as snippet from consultation k")
          .append(" join draft d on d.id = k.draft_id join working_group g on g.id = d.group_id")
          .append(" join draft_version v on v.draft_id = k.draft_id")
          .append(" and v.number = k.version_number")
          .append(" join draft_section s on s.version_id = v.id where ")
          .append(match(sql, pg, doc, vector(doc), words));
      consultationFilters(sql, filter);
      if (filter.getFrom() != null) {
        sql.text.append(" and k.closes_at >= ").append(sql.param(start(filter.getFrom())));
      }
      if (filter.getTo() != null) {
        sql.text.append(" and k.opens_at < ").append(sql.param(start(filter.getTo().plusDays(1))));
      }
    }
    sql.text.append(") r");
    return sql;
  }

  private void consultationFilters(Sql sql, SearchFilter filter) {
    if (filter.getStatus() != null) {
      String now = sql.param(clock.instant().atOffset(ZoneOffset.UTC));
      sql.text.append(
          switch (filter.getStatus()) {
            case PLANNED -> " and k.report_published_at is null and k.opens_at > " + now;
            case OPEN ->
                " and k.report_published_at is null and k.opens_at <= "
                    + now
                    + " and k.closes_at > "
                    + now;
            case CLOSED -> " and k.report_published_at is null and k.closes_at <= " + now;
            case REPORT_PUBLISHED -> " and k.report_published_at is not null";
          });
    }
    if (filter.getDrafter() != null && !filter.getDrafter().isBlank()) {
      sql.text
          .append(" and lower(k.drafter_name) like ")
          .append(sql.param(Like.contains(filter.getDrafter())))
          .append(" escape '\\'");
    }
    if (filter.getGroup() != null && !filter.getGroup().isBlank()) {
      sql.text.append(" and g.slug = ").append(sql.param(filter.getGroup().strip()));
    }
  }

  /** On PostgreSQL the text's vector matches the words; on H2 the text contains each word. */
  private static String match(Sql sql, boolean pg, String text, String vector, List<String> words) {
    if (pg) {
      return vector + " @@ " + tsquery(sql, words);
    }
    List<String> likes = new ArrayList<>();
    for (String word : words) {
      likes.add("lower(" + text + ") like " + sql.param(Like.contains(word)) + " escape '\\'");
    }
    return "(" + String.join(" and ", likes) + ")";
  }

  private static String rank(Sql sql, boolean pg, String text, String vector, List<String> words) {
    if (pg) {
      return "cast(ts_rank(" + vector + ", " + tsquery(sql, words) + ") as double precision)";
    }
    // how many times the words occur
    List<String> counts = new ArrayList<>();
    for (String word : words) {
      String w = sql.param(word);
      counts.add(
          "(length(lower("
              + text
              + ")) - length(replace(lower("
              + text
              + "), "
              + w
              + ", '')))"
              + " / "
              + word.length());
    }
    return "cast(" + String.join(" + ", counts) + " as double precision)";
  }

  private static String vector(String text) {
    return "to_tsvector(" + CONFIG + ", " + text + ")";
  }

  private static String headline(Sql sql, String text, List<String> words) {
    return "ts_headline("
        + CONFIG
        + ", "
        + text
        + ", "
        + tsquery(sql, words)
        + ", "
        + HEADLINE
        + ")";
  }

  private static String tsquery(Sql sql, List<String> words) {
    return "plainto_tsquery(" + CONFIG + ", " + sql.param(String.join(" ", words)) + ")";
  }

  private static SearchHit hit(Object[] row, List<String> words) {
    SearchHit.Kind kind = SearchHit.Kind.valueOf(((String) row[0]).strip());
    String snippet = (String) row[10];
    boolean pg = Boolean.TRUE.equals(postgres);
    if (!pg && kind == SearchHit.Kind.DOCUMENT) {
      snippet = Snippets.plain(snippet);
    }
    return new SearchHit(
        kind,
        ((Number) row[1]).longValue(),
        (String) row[2],
        kind == SearchHit.Kind.COMMENT ? ((Number) row[3]).longValue() : null,
        row[4] == null ? null : ((Number) row[4]).intValue(),
        (String) row[5],
        row[6] == null ? null : ((String) row[6]).toLowerCase(Locale.ROOT),
        (String) row[7],
        Columns.time(row[8]),
        row[9] == null ? 0 : ((Number) row[9]).doubleValue(),
        pg ? Snippets.highlighted(snippet) : Snippets.around(snippet, words));
  }

  private static OffsetDateTime start(java.time.LocalDate day) {
    return day.atStartOfDay().atOffset(ZoneOffset.UTC);
  }

  /** Whether the database is PostgreSQL (full text) or not (H2: word match), asked once. */
  private boolean postgres() {
    Boolean known = postgres;
    if (known == null) {
      try (Connection connection = dataSource.getConnection()) {
        known =
            connection
                .getMetaData()
                .getDatabaseProductName()
                .toLowerCase(Locale.ROOT)
                .contains("postgres");
      } catch (SQLException e) {
        throw new IllegalStateException("cannot tell which database this is", e);
      }
      postgres = known;
    }
    return known;
  }

  /** Native SQL with numbered parameters. */
  private static final class Sql {
    final StringBuilder text = new StringBuilder();
    final List<Object> params = new ArrayList<>();

    String param(Object value) {
      params.add(value);
      return "?" + params.size();
    }

    Query query(EntityManager em) {
      Query query = em.createNativeQuery(text.toString());
      for (int i = 0; i < params.size(); i++) {
        query.setParameter(i + 1, params.get(i));
      }
      return query;
    }
  }
}
