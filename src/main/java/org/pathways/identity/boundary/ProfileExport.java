package org.pathways.identity.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;

/** The profile page's "Download my data" button: the same document as GET /api/me/export. */
@Named
@RequestScoped
public class ProfileExport {

  @Inject Accounts accounts;
  @Inject DataExport export;
  @Inject CurrentCaller current;
  @Inject Authorization authorization;

  public String download() {
    Caller caller = current.get();
    authorization.requireSignedIn(caller);
    var account = accounts.account(caller.id()).orElseThrow();
    authorization.require(caller, Permission.ACCOUNT_READ, account);
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    try (Jsonb json = JsonbBuilder.create(new JsonbConfig().withFormatting(true))) {
      byte[] body = json.toJson(export.export(caller.id())).getBytes(StandardCharsets.UTF_8);
      external.responseReset();
      external.setResponseContentType("application/json;charset=UTF-8");
      external.setResponseHeader(
          "Content-Disposition", "attachment; filename=\"pathways-my-data.json\"");
      external.setResponseContentLength(body.length);
      external.getResponseOutputStream().write(body);
      faces.responseComplete();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return null;
  }
}
