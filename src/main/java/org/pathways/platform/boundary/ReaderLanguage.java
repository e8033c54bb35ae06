package org.pathways.platform.boundary;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/**
 * The language of every page ({@link Readers#pageLanguage}): a signed-in teacher's profile, a
 * visitor's choice (the cookie the header's switch sets), their browser's {@code Accept-Language},
 * English. The page's {@code lang} follows it (the template writes the view's locale).
 */
public class ReaderLanguage extends ViewHandlerWrapper {

  /** The cookie that keeps a visitor's choice of language. */
  public static final String COOKIE = Readers.COOKIE;

  public ReaderLanguage(ViewHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Locale calculateLocale(FacesContext context) {
    return Readers.pageLanguage((HttpServletRequest) context.getExternalContext().getRequest());
  }
}
