package org.plenary.core.drafts.domain;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * The rich text of a section: an allow-list of formatting elements and links (http, https, mailto)
 * kept; scripts, event handlers, styles and every other element or attribute removed.
 */
public final class RichText {
  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "strong",
              "em",
              "b",
              "i",
              "u",
              "s",
              "sub",
              "sup",
              "ul",
              "ol",
              "li",
              "blockquote",
              "h3",
              "h4")
          .allowElements("a")
          .allowAttributes("href")
          .onElements("a")
          .allowUrlProtocols("http", "https", "mailto")
          .requireRelsOnLinks("nofollow", "noopener", "noreferrer")
          .toFactory();

  private static final Pattern BLOCK_END =
      Pattern.compile("(?i)<br\\s*/?>|</(p|li|h3|h4|blockquote|ul|ol)>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x?[0-9a-fA-F]+|amp|lt|gt|quot|apos);");

  private RichText() {}

  /** The HTML with only what the allow-list keeps; plain text comes back escaped. */
  public static String sanitize(String html) {
    return html == null ? "" : POLICY.sanitize(html).strip();
  }

  /** The words of sanitized HTML without markup, blocks separated by line breaks. */
  public static String plainText(String sanitizedHtml) {
    String text = BLOCK_END.matcher(sanitizedHtml).replaceAll("\n");
    text = TAG.matcher(text).replaceAll("");
    Matcher entity = ENTITY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (entity.find()) {
      entity.appendReplacement(out, Matcher.quoteReplacement(decode(entity.group(1))));
    }
    entity.appendTail(out);
    return out.toString().strip();
  }

  private static String decode(String entity) {
    return switch (entity) {
      case "amp" -> "&";
      case "lt" -> "<";
      case "gt" -> ">";
      case "quot" -> "\"";
      case "apos" -> "'";
      default ->
          new String(
              Character.toChars(
                  entity.startsWith("#x") || entity.startsWith("#X")
                      ? Integer.parseInt(entity.substring(2), 16)
                      : Integer.parseInt(entity.substring(1))));
    };
  }
}
