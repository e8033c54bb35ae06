package org.pathways.platform.boundary;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.pathways.platform.control.EntityTags;

/**
 * Entity tags and 304 for {@link Revalidated} calls. The answer is written once, here, with the
 * writer JAX-RS would use; its tag is that of those bytes ({@link EntityTags}), so it follows
 * everything in the answer without the call having to list what varies. A 304 saves the bytes on
 * the wire, not the work of building the answer.
 */
@Provider
@Revalidated
public class ConditionalGets implements ContainerResponseFilter {

  @Context ResourceInfo resource;
  @Context Providers providers;

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response)
      throws IOException {
    if (!HttpMethod.GET.equals(request.getMethod())
        || response.getStatus() != Response.Status.OK.getStatusCode()
        || !response.hasEntity()) {
      return;
    }
    byte[] bytes = bytesOf(response);
    if (bytes == null) {
      return;
    }
    String tag = EntityTags.of(bytes);
    response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
    response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, cacheControl());
    if (EntityTags.matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), tag)) {
      response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
      response.setEntity(null);
      response.getHeaders().remove(HttpHeaders.CONTENT_TYPE);
      return;
    }
    response.setEntity(bytes, response.getEntityAnnotations(), response.getMediaType());
  }

  /**
   * The answer's bytes: a JSON text built already (the step view's) is encoded once, as UTF-8;
   * anything else is written with the writer JAX-RS would use. Null when no writer takes it.
   */
  @SuppressWarnings({"unchecked", "rawtypes"})
  private byte[] bytesOf(ContainerResponseContext response) throws IOException {
    Object entity = response.getEntity();
    if (entity instanceof byte[] already) {
      return already;
    }
    if (entity instanceof String text
        && MediaType.APPLICATION_JSON_TYPE.isCompatible(response.getMediaType())) {
      // JSON is UTF-8 (RFC 8259), which is what JAX-RS writes a String as here.
      return text.getBytes(StandardCharsets.UTF_8);
    }
    MessageBodyWriter writer =
        providers.getMessageBodyWriter(
            response.getEntityClass(),
            response.getEntityType(),
            response.getEntityAnnotations(),
            response.getMediaType());
    if (writer == null) {
      return null;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream(4096);
    writer.writeTo(
        entity,
        response.getEntityClass(),
        response.getEntityType(),
        response.getEntityAnnotations(),
        response.getMediaType(),
        response.getHeaders(),
        body);
    return body.toByteArray();
  }

  private String cacheControl() {
    Revalidated revalidated = resource.getResourceMethod().getAnnotation(Revalidated.class);
    if (revalidated == null) {
      revalidated = resource.getResourceClass().getAnnotation(Revalidated.class);
    }
    return revalidated != null && !revalidated.personal()
        ? "public, no-cache"
        : "private, no-cache";
  }
}
