package org.pathways.platform.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;

/** What Faces pages share: messages from the bundle, safe redirects, error answers. */
public final class Pages {

  private Pages() {}

  public static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "i18n");
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  public static void error(String field, String key) {
    FacesContext.getCurrentInstance()
        .addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
  }

  public static void info(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
  }

  /** An information message with arguments, kept across the redirect that follows. */
  public static void info(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(
        null, new FacesMessage(FacesMessage.SEVERITY_INFO, format(key, arguments), null));
  }

  public static void redirect(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
      FacesContext.getCurrentInstance().responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Answers 403 unless the caller may open this page. True when it refused: the page's loading
   * stops there.
   */
  public static boolean forbiddenUnless(boolean allowed) {
    if (!allowed) {
      sendError(403);
    }
    return !allowed;
  }

  /**
   * Whether this request is answered already (an error status or a redirect). A postback's action
   * runs after the view action in the same phase, even when the view action refused: it then does
   * nothing.
   */
  public static boolean answered() {
    return FacesContext.getCurrentInstance().getResponseComplete();
  }

  /** Answers the page with an error status (the error page for it shows). */
  public static void sendError(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, "");
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Answers the page with the error status of this refusal's reason (its error page shows). */
  public static void sendError(org.pathways.platform.entity.Refusal refusal) {
    sendError(RefusalStatus.of(refusal.kind()));
  }

  /** The request parameter, or null. */
  public static String param(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }

  /**
   * The record id in this query parameter or form field, or null when it is missing or malformed
   * ({@link UuidConverter}): the page then answers as for an unknown id.
   */
  public static java.util.UUID id(String name) {
    return UuidConverter.parse(param(name));
  }

  /** A page message with text already in the reader's words (from a refusal). */
  public static void errorText(String field, String text) {
    FacesContext.getCurrentInstance()
        .addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
  }

  /** The bundle text of this key with its arguments put in ({@link java.text.MessageFormat}). */
  public static String format(String key, Object... arguments) {
    return format(Message.of(key, arguments));
  }

  /** The message in the reader's words. */
  public static String format(Message message) {
    FacesContext faces = FacesContext.getCurrentInstance();
    return Texts.in(
        faces.getApplication().getResourceBundle(faces, "i18n"),
        faces.getViewRoot().getLocale(),
        message);
  }

  /**
   * Shows a refusal on the page in the reader's words. A refusal to wait answers 429 with
   * Retry-After, as the API does; the page keeps what was typed.
   */
  public static void refused(String field, org.pathways.platform.entity.Refusal refusal) {
    if (refusal.retryAfter() != null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.setResponseStatus(RefusalStatus.of(refusal.kind()));
      external.setResponseHeader(
          "Retry-After",
          String.valueOf(org.pathways.platform.control.Limiter.seconds(refusal.retryAfter())));
    }
    errorText(field, format(refusal.message()));
  }
}
