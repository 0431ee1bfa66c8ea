package org.plenary.web.security;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Which (user name, password, stored password hash) triples a PBKDF2 check has accepted. A triple
 * is kept as an HMAC under a key that lives only in this object, so neither a password nor anything
 * that a password can be guessed from faster than from its PBKDF2 hash is kept. Only accepted
 * checks are remembered: a wrong guess always costs a full PBKDF2 check. A new password hash (a
 * changed password) matches no remembered triple. At most {@link #MAX} triples; then it starts
 * again empty.
 */
final class VerifiedPasswords {
  static final int MAX = 10_000;

  private final Set<String> triples = ConcurrentHashMap.newKeySet();
  private final SecretKeySpec key;

  VerifiedPasswords() {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    key = new SecretKeySpec(secret, "HmacSHA256");
  }

  boolean contains(String user, String password, String storedHash) {
    return triples.contains(mac(user, password, storedHash));
  }

  void add(String user, String password, String storedHash) {
    if (triples.size() >= MAX) {
      triples.clear();
    }
    triples.add(mac(user, password, storedHash));
  }

  int size() {
    return triples.size();
  }

  private String mac(String user, String password, String storedHash) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      for (String part : new String[] {user, password, storedHash}) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        mac.update(
            new byte[] {
              (byte) (bytes.length >>> 24),
              (byte) (bytes.length >>> 16),
              (byte) (bytes.length >>> 8),
              (byte) bytes.length
            });
        mac.update(bytes);
      }
      return HexFormat.of().formatHex(mac.doFinal());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
