package org.pathways.platform.boundary;

import jakarta.faces.FacesException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;

/**
 * A form sent after its page expired (a long pause, a lost session) leads back to the same page
 * with a plain message, never to an error page.
 */
public class ExpiredViews extends ExceptionHandlerFactory {

  public ExpiredViews(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new Handler(getWrapped().getExceptionHandler());
  }

  static final class Handler extends ExceptionHandlerWrapper {

    Handler(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    public void handle() throws FacesException {
      Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
      while (events.hasNext()) {
        Throwable error = events.next().getContext().getException();
        while (error instanceof FacesException
            && error.getCause() != null
            && !(error instanceof ViewExpiredException)) {
          error = error.getCause();
        }
        if (error instanceof ViewExpiredException expired) {
          events.remove();
          backTo(expired.getViewId());
        }
      }
      getWrapped().handle();
    }

    private static void backTo(String viewId) {
      FacesContext faces = FacesContext.getCurrentInstance();
      ExternalContext external = faces.getExternalContext();
      String text =
          faces.getApplication().getResourceBundle(faces, "i18n").getString("layout.expired");
      external.getFlash().setKeepMessages(true);
      faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
      try {
        external.redirect(external.getRequestContextPath() + (viewId == null ? "/" : viewId));
        faces.responseComplete();
      } catch (IOException e) {
        throw new FacesException(e);
      }
    }
  }
}
