package org.pathways.content.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import org.pathways.content.entity.ContentState;
import org.pathways.content.entity.PackageStatus;
import org.pathways.content.entity.Problem;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.Pages;

/** admin/content.xhtml: each package's version and problems, and a reload button. */
@Named
@RequestScoped
public class ContentAdminPage {

  @Inject ContentLibrary library;
  @Inject Authorization authorization;
  @Inject CurrentCaller current;

  public void requireContentAdministrator() {
    if (!authorization.managesContent(current.get())) {
      try {
        FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "");
        FacesContext.getCurrentInstance().responseComplete();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  public ContentState getState() {
    return library.state();
  }

  public List<PackageStatus> getPackages() {
    return library.state().packages().values().stream()
        .sorted(Comparator.comparing(PackageStatus::name))
        .toList();
  }

  /** A problem's sentence in the reader's words. */
  public String sentence(Problem problem) {
    return Pages.format(problem.message());
  }

  public String shortVersion(String version) {
    return version == null || version.length() < 12 ? "" : version.substring(0, 12);
  }

  public String reload() {
    requireContentAdministrator();
    if (FacesContext.getCurrentInstance().getResponseComplete()) {
      return null;
    }
    ContentState state = library.reloadEverywhere();
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.getExternalContext().getFlash().setKeepMessages(true);
    String key =
        state.problems().isEmpty()
            ? "content.admin.reloaded"
            : "content.admin.reloaded_with_problems";
    faces.addMessage(
        null,
        new FacesMessage(
            faces.getApplication().getResourceBundle(faces, "i18n").getString(key), null));
    return "/admin/content?faces-redirect=true";
  }
}
