package org.pathways.platform.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.pathways.platform.entity.ProblemDetail;

/**
 * The error answers of the API document in one place ({@code mp.openapi.filter}): every operation
 * gets the problem answers that apply to it (400 and 413 where it takes a body, 401 and 403 where
 * it needs a token, 404 where its path names a record, 503 everywhere: a database that did not
 * answer in time, #23), and every error answer, also those an operation declares itself (a 409 on a
 * conflict, a 429 where limited), is a {@code Problem}.
 */
public class ProblemAnswers implements OASFilter {

  static final String PROBLEM = "Problem";

  private static final Map<String, String> USUAL = new LinkedHashMap<>();

  static {
    USUAL.put("400", "The request is malformed or a field is invalid (errors names each field).");
    USUAL.put("401", "No valid bearer token: sign in (POST /api/tokens) first.");
    USUAL.put("403", "The caller may not do this.");
    USUAL.put("404", "Nothing at this address, or nothing the caller may see.");
    USUAL.put("413", "The body is over 256 KiB.");
    USUAL.put(
        "503",
        "The database did not answer in time: nothing was saved, send the same again after"
            + " Retry-After seconds.");
  }

  @Override
  public void filterOpenAPI(OpenAPI document) {
    Components components = document.getComponents();
    if (components == null) {
      components = OASFactory.createComponents();
      document.setComponents(components);
    }
    components.addSchema(PROBLEM, problem());
    if (document.getPaths() == null || document.getPaths().getPathItems() == null) {
      return;
    }
    document
        .getPaths()
        .getPathItems()
        .forEach(
            (path, item) -> {
              if (item.getOperations() != null) {
                item.getOperations()
                    .values()
                    .forEach(operation -> answer(path, operation, document));
              }
            });
  }

  private static void answer(String path, Operation operation, OpenAPI document) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    boolean body = operation.getRequestBody() != null;
    boolean secured =
        operation.getSecurity() != null
            ? !operation.getSecurity().isEmpty()
            : document.getSecurity() != null && !document.getSecurity().isEmpty();
    boolean record = path.contains("{");
    for (Map.Entry<String, String> usual : USUAL.entrySet()) {
      boolean applies =
          switch (usual.getKey()) {
            case "400", "413" -> body;
            case "401", "403" -> secured;
            case "503" -> true;
            default -> record;
          };
      if (applies && !responses.hasAPIResponse(usual.getKey())) {
        responses.addAPIResponse(
            usual.getKey(), OASFactory.createAPIResponse().description(usual.getValue()));
      }
    }
    if (responses.getAPIResponses() != null) {
      responses.getAPIResponses().forEach(ProblemAnswers::asProblem);
    }
  }

  /** An error answer without content of its own is problem details. */
  private static void asProblem(String status, APIResponse response) {
    if (status.startsWith("4") || status.startsWith("5")) {
      if (response.getRef() == null
          && (response.getContent() == null
              || response.getContent().getMediaTypes() == null
              || response.getContent().getMediaTypes().isEmpty())) {
        Content content =
            OASFactory.createContent()
                .addMediaType(
                    ProblemDetail.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
        response.setContent(content);
      }
    }
  }

  /** RFC 9457 problem details as {@link ProblemDetail} writes them. */
  static Schema problem() {
    Schema error =
        OASFactory.createSchema()
            .type(Schema.SchemaType.OBJECT)
            .addProperty("field", text("The field, such as email or sessions[0].start"))
            .addProperty("message", text("What is wrong with it, in plain words"));
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("An error as RFC 9457 problem details (application/problem+json).")
        .addProperty("type", text("about:blank"))
        .addProperty("title", text("A short title of the kind of error"))
        .addProperty(
            "status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
        .addProperty("detail", text("What went wrong and what to do, in plain words"))
        .addProperty(
            "errors",
            OASFactory.createSchema()
                .type(Schema.SchemaType.ARRAY)
                .description("Each invalid field, for validation errors")
                .items(error));
  }

  private static Schema text(String description) {
    return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
  }
}
