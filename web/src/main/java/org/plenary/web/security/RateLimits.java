package org.plenary.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Limits how often one client may do the things anyone can do without an account: submit a comment
 * to a public consultation while not signed in, and ask for an account. The limits are far above
 * what a person does by hand (a respondent commenting section by section, a colleague asking for an
 * account after a refusal); a script that floods the endpoint meets them and gets 429 with
 * Retry-After (REST) or a message beside the form (pages).
 *
 * <p>The client is the connection's address, or, when the connection comes from a configured
 * trusted proxy (the load balancer), the last address the proxies added to {@code X-Forwarded-For}.
 * Exempt addresses (e.g. an organisation's gateway handing in comments collected on paper) are
 * never limited.
 */
@ApplicationScoped
public class RateLimits {
  private static final Logger LOG = Logger.getLogger(RateLimits.class.getName());

  /** What is limited. */
  public enum Action {
    /** A comment submitted to a public consultation without signing in. */
    ANONYMOUS_COMMENT,
    /** A request for an account. */
    ACCOUNT_REQUEST
  }

  @Inject
  @ConfigProperty(name = "plenary.rate-limit.comments", defaultValue = "60/PT10M")
  String comments;

  @Inject
  @ConfigProperty(name = "plenary.rate-limit.account-requests", defaultValue = "10/PT1H")
  String accountRequests;

  @Inject
  @ConfigProperty(name = "plenary.trusted-proxies", defaultValue = " ")
  String trustedProxies;

  @Inject
  @ConfigProperty(name = "plenary.rate-limit.exempt", defaultValue = " ")
  String exempt;

  private final Map<Action, RateLimiter> limiters = new EnumMap<>(Action.class);
  private ClientAddresses addresses;
  private Set<String> exemptAddresses;

  @PostConstruct
  void configure() {
    limiters.put(Action.ANONYMOUS_COMMENT, new RateLimiter(Rate.parse(comments), System::nanoTime));
    limiters.put(
        Action.ACCOUNT_REQUEST, new RateLimiter(Rate.parse(accountRequests), System::nanoTime));
    addresses = new ClientAddresses(ClientAddresses.list(trustedProxies));
    exemptAddresses = ClientAddresses.list(exempt);
    LOG.info(
        () ->
            "Rate limits: anonymous comments "
                + comments
                + ", account requests "
                + accountRequests
                + (exemptAddresses.isEmpty() ? "" : ", exempt " + exemptAddresses));
  }

  /**
   * Lets the request's client do the action, or says how long it must wait before it may. Each
   * admitted call uses up one permit.
   */
  public Optional<Duration> admit(Action action, HttpServletRequest request) {
    String client = addresses.client(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    if (exemptAddresses.contains(client)) {
      return Optional.empty();
    }
    Optional<Duration> wait = limiters.get(action).take(client);
    wait.ifPresent(
        duration -> LOG.fine(() -> action + " refused to " + client + " for " + duration));
    return wait;
  }

  /** Whole seconds, rounded up, as Retry-After and the pages' messages count them. */
  public static long seconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }

  /** Whole minutes, rounded up, for the pages' message. */
  public static long minutes(Duration wait) {
    return Math.max(1, (seconds(wait) + 59) / 60);
  }
}
