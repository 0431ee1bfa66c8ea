package org.plenary.web.groups;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import org.plenary.core.files.domain.FileRefused;
import org.plenary.core.groups.domain.NotAGroupMember;
import org.plenary.core.shared.NotFoundException;

/** What the pages of groups and drafts share: refusing, redirecting, messages from the bundle. */
public final class Pages {
  private Pages() {}

  /** Something to load that may not exist or may not be for the caller's eyes. */
  @FunctionalInterface
  public interface Loading {
    void run() throws IOException;
  }

  /** Loads; answers 404 when something does not exist and 403 when the caller may not see it. */
  public static void loadOrRefuse(FacesContext faces, Loading loading) {
    try {
      loading.run();
    } catch (NotFoundException | IllegalArgumentException missing) {
      refuse(faces, HttpServletResponse.SC_NOT_FOUND);
    } catch (NotAGroupMember notAMember) {
      refuse(faces, HttpServletResponse.SC_FORBIDDEN);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void refuse(FacesContext faces, int status) {
    try {
      faces.getExternalContext().responseSendError(status, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    faces.responseComplete();
  }

  /** Goes to a page of the application, e.g. {@code /groups/draft.xhtml?draft=3}. */
  public static void redirect(FacesContext faces, String path) {
    try {
      faces.getExternalContext().getFlash().setKeepMessages(true);
      faces
          .getExternalContext()
          .redirect(faces.getExternalContext().getRequestContextPath() + path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(FacesContext faces, String key, Object... arguments) {
    String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString(key);
    return arguments.length == 0
        ? pattern
        : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
  }

  /** An error from the bundle for the whole page (clientId null) or beside a field. */
  public static void error(FacesContext faces, String clientId, String key) {
    message(faces, clientId, FacesMessage.SEVERITY_ERROR, text(faces, key));
  }

  /** Why an uploaded file was refused, beside its field ({@code files.rule.*}, with the limit). */
  public static void refusedFile(
      FacesContext faces, String clientId, FileRefused refused, long maxBytes) {
    message(
        faces,
        clientId,
        FacesMessage.SEVERITY_ERROR,
        text(faces, "files.rule." + refused.rule().name(), maxBytes / (1024 * 1024)));
  }

  /** A message for the whole page (clientId null) or beside a field. */
  public static void message(
      FacesContext faces, String clientId, FacesMessage.Severity severity, String text) {
    faces.addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
