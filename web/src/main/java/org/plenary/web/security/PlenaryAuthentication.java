package org.plenary.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * How people prove who they are. Browsers log in through the login page (which calls {@code
 * SecurityContext.authenticate}) and stay logged in for their session; REST clients send HTTP Basic
 * with every request and get no session. Both are checked against the {@code account} table, whose
 * passwords are PBKDF2 hashes, by {@link AccountIdentityStore}.
 *
 * <p>A browser that asks for a protected page without being logged in is sent to the login page; a
 * REST client gets 401 with a problem body.
 */
@ApplicationScoped
public class PlenaryAuthentication implements HttpAuthenticationMechanism {
  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String CALLER = PlenaryAuthentication.class.getName() + ".caller";

  @Inject IdentityStoreHandler identities;

  /** Who is logged in to a browser session; kept in the session so it survives a node change. */
  record Caller(String name, Set<String> groups) implements Serializable {}

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential credential = context.getAuthParameters().getCredential();
    if (context.isAuthenticationRequest() && credential != null) {
      return logIn(request, context, credential);
    }
    Optional<String> basic = basicCredentials(request);
    if (basic.isPresent()) {
      return basic(response, context, basic.get());
    }
    Caller caller = sessionCaller(request);
    if (caller != null) {
      return context.notifyContainerAboutLogin(caller.name(), caller.groups());
    }
    if (context.isProtected()) {
      return isApi(request) ? unauthorized(response, context) : toLoginPage(request, context);
    }
    return context.doNothing();
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(CALLER);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  private AuthenticationStatus logIn(
      HttpServletRequest request, HttpMessageContext context, Credential credential) {
    CredentialValidationResult result = identities.validate(credential);
    if (result.getStatus() != CredentialValidationResult.Status.VALID) {
      return AuthenticationStatus.SEND_FAILURE;
    }
    // A new session id on login: a session id planted before login is worth nothing after it.
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    Caller caller =
        new Caller(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
    request.getSession(true).setAttribute(CALLER, caller);
    return context.notifyContainerAboutLogin(result);
  }

  private AuthenticationStatus basic(
      HttpServletResponse response, HttpMessageContext context, String encoded) {
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return unauthorized(response, context);
    }
    int colon = decoded.indexOf(':');
    if (colon < 1) {
      return unauthorized(response, context);
    }
    CredentialValidationResult result =
        identities.validate(
            new UsernamePasswordCredential(
                decoded.substring(0, colon), decoded.substring(colon + 1)));
    return result.getStatus() == CredentialValidationResult.Status.VALID
        ? context.notifyContainerAboutLogin(result)
        : unauthorized(response, context);
  }

  private static Optional<String> basicCredentials(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    return header != null && header.regionMatches(true, 0, "Basic ", 0, 6)
        ? Optional.of(header.substring(6).strip())
        : Optional.empty();
  }

  private static Caller sessionCaller(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (Caller) session.getAttribute(CALLER);
  }

  private static boolean isApi(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    return path.startsWith("/api/");
  }

  private static AuthenticationStatus unauthorized(
      HttpServletResponse response, HttpMessageContext context) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"Plenary\", charset=\"UTF-8\"");
    try {
      Problems.write(response, 401, "Unauthorized", "Log in with a valid user name and password.");
    } catch (IOException e) {
      return context.responseUnauthorized();
    }
    return AuthenticationStatus.SEND_FAILURE;
  }

  private static AuthenticationStatus toLoginPage(
      HttpServletRequest request, HttpMessageContext context) {
    String wanted = request.getRequestURI().substring(request.getContextPath().length());
    if (request.getQueryString() != null) {
      wanted += "?" + request.getQueryString();
    }
    return context.redirect(
        request.getContextPath()
            + LOGIN_PAGE
            + "?from="
            + URLEncoder.encode(wanted, StandardCharsets.UTF_8));
  }
}
