package org.pathways.identity.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.UUID;
import org.pathways.identity.control.RepeatRules;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.entity.Refusal;

/**
 * Calls marked {@link Idempotent} and sent with an {@code Idempotency-Key}: the first call claims
 * the key for its caller and, once answered, keeps the answer; a repeat within 24 hours gets that
 * answer again (with {@code Idempotent-Replayed: true}) and does nothing; the same key with another
 * call is refused (422); a repeat while the first is still worked on is told to try again in a
 * moment (409). Calls without the header, or by strangers (the call answers 401 itself), pass as
 * they are.
 */
@Provider
@Idempotent
@Priority(Priorities.USER)
public class RepeatedCalls
    implements ContainerRequestFilter, ContainerResponseFilter, WriterInterceptor {

  static final String REPLAYED = "Idempotent-Replayed";
  private static final String CLAIMED = RepeatedCalls.class.getName() + ".claimed";
  private static final String STATUS = RepeatedCalls.class.getName() + ".status";

  @Inject CurrentCaller current;
  @Inject RepeatedRequests repeats;

  /** The key this request claimed: the caller's and the header's. */
  private record Key(UUID account, String key) {}

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    String key = request.getHeaderString(RepeatRules.HEADER);
    if (key == null) {
      return;
    }
    if (!RepeatRules.validKey(key)) {
      throw Refusal.invalid(RepeatRules.HEADER, "identity.idempotency.key", RepeatRules.MAX_KEY);
    }
    Caller caller = current.get();
    if (!caller.signedIn()) {
      return;
    }
    byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
    request.setEntityStream(new ByteArrayInputStream(body));
    String path = request.getUriInfo().getRequestUri().getRawPath();
    String query = request.getUriInfo().getRequestUri().getRawQuery();
    RepeatedRequests.Claim claim =
        repeats.claim(
            caller.id(),
            key,
            RepeatRules.fingerprint(
                request.getMethod(), query == null ? path : path + "?" + query, body));
    if (claim instanceof RepeatedRequests.Answer answer) {
      request.abortWith(replay(answer));
    } else if (claim instanceof RepeatedRequests.OtherCall) {
      throw Refusal.of(Refusal.Kind.UNPROCESSABLE, "identity.idempotency.other_call");
    } else if (claim instanceof RepeatedRequests.Busy) {
      throw Refusal.of(Refusal.Kind.CONFLICT, "identity.idempotency.busy");
    } else {
      request.setProperty(CLAIMED, new Key(caller.id(), key));
    }
  }

  private static Response replay(RepeatedRequests.Answer answer) {
    Response.ResponseBuilder replay = Response.status(answer.status()).header(REPLAYED, "true");
    if (answer.body() != null && answer.body().length > 0) {
      replay.entity(answer.body());
      if (answer.contentType() != null) {
        replay.type(answer.contentType());
      }
    }
    return replay.build();
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(CLAIMED) instanceof Key key)) {
      return;
    }
    int status = response.getStatus();
    if (!RepeatRules.kept(status)) {
      repeats.release(key.account(), key.key());
      return;
    }
    if (!response.hasEntity()) {
      repeats.keep(key.account(), key.key(), status, null, new byte[0]);
      return;
    }
    // The body is kept once it is written (aroundWriteTo), in the form the client received.
    request.setProperty(STATUS, status);
  }

  @Override
  public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
    if (!(context.getProperty(CLAIMED) instanceof Key key)
        || !(context.getProperty(STATUS) instanceof Integer status)) {
      context.proceed();
      return;
    }
    Copy copy = new Copy(context.getOutputStream());
    context.setOutputStream(copy);
    try {
      context.proceed();
    } catch (IOException | RuntimeException e) {
      repeats.release(key.account(), key.key());
      throw e;
    }
    if (copy.overflowed) {
      repeats.release(key.account(), key.key());
    } else {
      MediaType type = context.getMediaType();
      Object header = context.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE);
      repeats.keep(
          key.account(),
          key.key(),
          status,
          header != null ? header.toString() : type == null ? null : type.toString(),
          copy.kept.toByteArray());
    }
  }

  /** Passes the body on, keeping a copy up to the largest answer kept. */
  private static final class Copy extends FilterOutputStream {

    final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    boolean overflowed;

    Copy(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      keep(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      keep(b, off, len);
    }

    private void keep(byte[] b, int off, int len) {
      if (overflowed) {
        return;
      }
      if (kept.size() + len > RepeatRules.MAX_BODY) {
        overflowed = true;
        return;
      }
      kept.write(b, off, len);
    }
  }
}
