package org.pathways.credential.boundary;

import com.nimbusds.jose.util.JSONObjectUtils;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.pathways.identity.boundary.CurrentCaller;

/**
 * "Add to your wallet" on the certificate pages: the signed-in holder's credential as a file, the
 * VC-JWT ({@code format=jwt}) or its JSON ({@code format=json}). The same rules as the API (the
 * holder, or anyone once public); anything else is a 404.
 */
@WebServlet(CredentialDownloadServlet.PATH)
public class CredentialDownloadServlet extends HttpServlet {

  static final String PATH = "/credentials/download";
  private static final long serialVersionUID = 1L;

  @Inject transient Credentials credentials;
  @Inject transient CurrentCaller current;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean json = "json".equals(request.getParameter("format"));
    Optional<Credentials.Issued> issued =
        credentials.credential(current.get(), request.getParameter("code"));
    if (issued.isEmpty()) {
      response.sendError(404);
      return;
    }
    byte[] body =
        (json ? JSONObjectUtils.toJSONString(issued.get().credential()) : issued.get().jwt())
            .getBytes(StandardCharsets.UTF_8);
    response.setContentType(json ? "application/json" : CredentialsResource.VC_JWT);
    response.setCharacterEncoding("UTF-8");
    response.setHeader(
        "Content-Disposition", CredentialFiles.disposition(issued.get().code(), json));
    response.setHeader("Cache-Control", "private, no-store");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
