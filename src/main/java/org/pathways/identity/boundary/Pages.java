package org.pathways.identity.boundary;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ResourceBundle;

/** What the identity pages share: messages from the bundle, safe redirects. */
final class Pages {

  private Pages() {}

  static String text(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "i18n");
    return bundle.containsKey(key) ? bundle.getString(key) : key;
  }

  static void error(String field, String key) {
    FacesContext.getCurrentInstance()
        .addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key), null));
  }

  static void info(String key) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key), null));
  }

  /** Only a path of this site: never another site (no open redirect). */
  static String safeNext(String next, String fallback) {
    return next != null && next.startsWith("/") && !next.startsWith("//") && !next.contains("\\")
        ? next
        : fallback;
  }

  static void redirect(String path) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    try {
      external.redirect(external.getRequestContextPath() + path);
      FacesContext.getCurrentInstance().responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
