package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.control.ClientAddress;
import org.pathways.identity.entity.Caller;

/**
 * The caller of the current request, as the authentication mechanism established it: for the API
 * (whatever {@link ApiRequests} marks) the bearer token's account only, for pages the session's.
 * One instance for the application: it keeps nothing of its own (the request is the container's
 * proxy), so no request pays for creating it and reading its settings (#18's profile: 9% of the
 * step view).
 */
@ApplicationScoped
public class CurrentCaller {

  static final String BEARER_CALLER = "pathways.caller.bearer";
  static final String SESSION_CALLER = "pathways.caller.session";
  static final String API = "pathways.api";
  static final String TOKEN = "pathways.token";
  static final String TOKEN_REFUSED = "pathways.token.refused";

  @Inject HttpServletRequest request;

  @Inject
  @ConfigProperty(name = "pathways.proxy.trusted", defaultValue = "false")
  boolean behindTrustedProxy;

  @Inject
  @ConfigProperty(name = "pathways.proxy.hops", defaultValue = "1")
  int proxyHops;

  public Caller get() {
    Object caller = request.getAttribute(api() ? BEARER_CALLER : SESSION_CALLER);
    return caller instanceof Caller known ? known : Caller.ANONYMOUS;
  }

  /** The bearer token this API request came with, if any. */
  public UUID tokenId() {
    Object token = api() ? request.getAttribute(TOKEN) : null;
    return token instanceof UUID id ? id : null;
  }

  private boolean api() {
    return Boolean.TRUE.equals(request.getAttribute(API));
  }

  /**
   * The address the request came from, for limits per address: behind trusted proxies ({@code
   * PATHWAYS_PROXY_TRUSTED}, {@code PATHWAYS_PROXY_HOPS} of them) the one the outermost proxy
   * appended to X-Forwarded-For, else the connection's. Anyone can write that header, so what the
   * client wrote to the left of it is never believed.
   */
  public String address() {
    return ClientAddress.of(
        behindTrustedProxy ? Collections.list(request.getHeaders("X-Forwarded-For")) : null,
        request.getRemoteAddr(),
        behindTrustedProxy ? proxyHops : 0);
  }
}
