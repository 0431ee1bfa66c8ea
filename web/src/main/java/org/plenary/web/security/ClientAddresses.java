package org.plenary.web.security;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells which client sent a request. Only a trusted proxy's word is taken: {@code X-Forwarded-For}
 * is read from the right (the entries the trusted proxies appended) and the first address that is
 * not a trusted proxy is the client. A client's own forged entries sit further left and are never
 * reached unless every proxy in between is trusted.
 */
final class ClientAddresses {
  private final Set<String> trustedProxies;

  ClientAddresses(Set<String> trustedProxies) {
    this.trustedProxies = trustedProxies;
  }

  String client(String remoteAddress, String forwardedFor) {
    if (forwardedFor == null || !trustedProxies.contains(remoteAddress)) {
      return remoteAddress;
    }
    String[] hops = forwardedFor.split(",");
    for (int i = hops.length - 1; i >= 0; i--) {
      String hop = hops[i].strip();
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return remoteAddress;
  }

  /** A comma-separated list of addresses; blank is none. */
  static Set<String> list(String text) {
    return Arrays.stream(text.split(","))
        .map(String::strip)
        .filter(address -> !address.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }
}
