package org.plenary.consultation.search.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of a search and the snippets that show them: HTML-escaped text in which only the
 * matched words are wrapped in {@code <mark>}. The database marks matches with {@link #START} and
 * {@link #STOP}, which never survive into the result as anything but {@code <mark>} tags.
 */
public final class Snippets {
  public static final String START = "\u27e6";
  public static final String STOP = "\u27e7";
  public static final int MAX_WORDS = 10;
  private static final int RADIUS = 90;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");

  private Snippets() {}

  /** The distinct words of a query in lower case, at most {@link #MAX_WORDS}. */
  public static List<String> words(String query) {
    Set<String> words = new LinkedHashSet<>();
    if (query != null) {
      Matcher matcher = WORD.matcher(query.toLowerCase(Locale.ROOT));
      while (matcher.find() && words.size() < MAX_WORDS) {
        words.add(matcher.group());
      }
    }
    return new ArrayList<>(words);
  }

  /** Text of sanitized HTML without its tags and entities' markup, as words for a snippet. */
  public static String plain(String html) {
    return TAG.matcher(html == null ? "" : html)
        .replaceAll(" ")
        .replace("&nbsp;", " ")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
        .replaceAll("\\s+", " ")
        .strip();
  }

  /** Escapes a text marked by the database and turns its marks into {@code <mark>} tags. */
  public static String highlighted(String marked) {
    StringBuilder html = new StringBuilder();
    boolean open = false;
    String text = marked == null ? "" : marked;
    for (int i = 0; i < text.length(); i++) {
      String c = text.substring(i, i + 1);
      if (START.equals(c)) {
        if (!open) {
          html.append("<mark>");
          open = true;
        }
      } else if (STOP.equals(c)) {
        if (open) {
          html.append("</mark>");
          open = false;
        }
      } else {
        html.append(escape(text.charAt(i)));
      }
    }
    if (open) {
      html.append("</mark>");
    }
    return html.toString();
  }

  /**
   * A snippet of the text around the first of the words (whole words, any case), escaped, the words
   * in {@code <mark>}; the start of the text when none is found.
   */
  public static String around(String text, List<String> words) {
    String clean = (text == null ? "" : text).replace(START, "").replace(STOP, "");
    String lower = clean.toLowerCase(Locale.ROOT);
    int first = -1;
    List<int[]> hits = new ArrayList<>();
    Matcher matcher = WORD.matcher(lower);
    while (matcher.find()) {
      if (words.contains(matcher.group())) {
        hits.add(new int[] {matcher.start(), matcher.end()});
        if (first < 0) {
          first = matcher.start();
        }
      }
    }
    int from = wordStart(clean, first < 0 ? 0 : Math.max(0, first - RADIUS));
    int to = Math.min(clean.length(), from + 2 * RADIUS);
    StringBuilder marked = new StringBuilder();
    if (from > 0) {
      marked.append("… ");
    }
    int at = from;
    for (int[] hit : hits) {
      if (hit[0] < from || hit[1] > to) {
        continue;
      }
      marked.append(clean, at, hit[0]).append(START).append(clean, hit[0], hit[1]).append(STOP);
      at = hit[1];
    }
    marked.append(clean, at, to);
    if (to < clean.length()) {
      marked.append(" …");
    }
    return highlighted(marked.toString());
  }

  private static int wordStart(String text, int index) {
    int i = index;
    while (i > 0 && i < text.length() && !Character.isWhitespace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static String escape(char c) {
    return switch (c) {
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '&' -> "&amp;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> String.valueOf(c);
    };
  }
}
