package org.plenary.web;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.util.ResourceBundle;

/**
 * The login page (/login.xhtml). Hands the user name and password to the application's
 * authentication mechanism and, when they are right, goes on to the page the user wanted.
 */
@Named
@ViewScoped
public class LoginView implements Serializable {
  private static final long serialVersionUID = 1L;

  // No field may be transient: the view's bean moves with the replicated session to another node,
  // and a transient injected field would arrive there null. Instance<> is serializable.
  @Inject Instance<SecurityContext> securityContext;
  @Inject FacesContext facesContext;
  @Inject ExternalContext externalContext;

  private String username;
  private String password;
  private String from;

  public void logIn() throws IOException {
    AuthenticationStatus status =
        securityContext
            .get()
            .authenticate(
                (HttpServletRequest) externalContext.getRequest(),
                (HttpServletResponse) externalContext.getResponse(),
                AuthenticationParameters.withParams()
                    .credential(new UsernamePasswordCredential(username, new Password(password)))
                    .newAuthentication(true));
    password = null;
    switch (status) {
      case SUCCESS -> externalContext.redirect(destination());
      case SEND_CONTINUE -> facesContext.responseComplete();
      case SEND_FAILURE, NOT_DONE -> refuse();
    }
  }

  /** Where a successful login goes: the page the user asked for, if it is ours, else home. */
  String destination() {
    return externalContext.getRequestContextPath() + LocalPaths.local(from).orElse("/");
  }

  /** The same words for an unknown user and a wrong password: never tell which one it was. */
  private void refuse() {
    ResourceBundle texts = facesContext.getApplication().getResourceBundle(facesContext, "msg");
    facesContext.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_ERROR, texts.getString("login.failed"), null));
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getFrom() {
    return from;
  }

  public void setFrom(String from) {
    this.from = from;
  }
}
