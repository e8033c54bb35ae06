package org.pathways.platform.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.pathways.platform.control.Languages;

/**
 * The language of every page: the reader's own choice (the language cookie the switch in the header
 * sets) first, then what their browser asks for ({@code Accept-Language}), then English. The page's
 * {@code lang} follows it (the template writes the view's locale).
 */
public class ReaderLanguage extends ViewHandlerWrapper {

  /** The cookie that keeps a reader's choice of language (a tag: {@code en}, {@code es}). */
  public static final String COOKIE = "pathways-language";

  public ReaderLanguage(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    ExternalContext external = context.getExternalContext();
    Object cookie = external.getRequestCookieMap().get(COOKIE);
    String choice = cookie instanceof Cookie c ? c.getValue() : null;
    return Languages.chosen(choice, external.getRequestHeaderMap().get("Accept-Language"));
  }
}
