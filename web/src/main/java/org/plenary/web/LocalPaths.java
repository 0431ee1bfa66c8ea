package org.plenary.web;

import java.util.Optional;

/**
 * Addresses inside this application that it is safe to send a browser to. Anything else, above all
 * an address of another site smuggled into a parameter, is refused: an open redirect would let a
 * phishing link start on our login page.
 */
public final class LocalPaths {
  private LocalPaths() {}

  /**
   * The path, when it is one of ours: it starts with one slash, and has no backslash (browsers read
   * "/\host" as "//host"), no control character and no scheme before its first slash.
   */
  public static Optional<String> local(String path) {
    if (path == null
        || path.isEmpty()
        || path.charAt(0) != '/'
        || path.startsWith("//")
        || path.indexOf('\\') >= 0
        || path.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      return Optional.empty();
    }
    return Optional.of(path);
  }
}
