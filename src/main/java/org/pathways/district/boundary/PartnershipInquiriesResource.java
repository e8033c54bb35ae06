package org.pathways.district.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.district.entity.InquiryChange;
import org.pathways.district.entity.InquiryRequest;
import org.pathways.district.entity.InquiryStatus;
import org.pathways.district.entity.PartnershipInquiry;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.boundary.ProblemResponses;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.ResultPage;

/** Districts asking to partner (public) and program staff answering them. */
@ApplicationScoped
@Path("partnership-inquiries")
@Produces(MediaType.APPLICATION_JSON)
public class PartnershipInquiriesResource {

  @Inject Partnerships partnerships;
  @Inject CurrentCaller caller;
  @Context UriInfo uri;
  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  public record InquiryView(
      String id,
      String district,
      String state,
      String contactName,
      String contactEmail,
      String contactRole,
      List<String> gradeBands,
      Integer teachers,
      String message,
      InquiryStatus status,
      String note,
      String districtId,
      Instant createdAt,
      Instant updatedAt) {

    static InquiryView of(PartnershipInquiry i) {
      return new InquiryView(
          i.getId().toString(),
          i.getDistrict(),
          i.getState(),
          i.getContactName(),
          i.getContactEmail(),
          i.getContactRole(),
          i.getGradeBands(),
          i.getTeachers(),
          i.getMessage(),
          i.getStatus(),
          i.getNote(),
          i.getDistrictId() == null ? null : i.getDistrictId().toString(),
          i.getCreatedAt(),
          i.getUpdatedAt());
    }
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Ask to partner with the program",
      operationId = "submitPartnershipInquiry",
      description =
          "Public, no account. The contact is sent an acknowledgement and program staff are told by mail. Inquiries per address are limited.")
  @APIResponse(responseCode = "201", description = "The inquiry's id")
  @APIResponse(
      responseCode = "429",
      description = "Too many inquiries from this address; Retry-After says when")
  public Response submit(
      @NotNull(message = "{district.inquiry.body.required}") InquiryRequest body) {
    PartnershipInquiry inquiry =
        partnerships.submit(body, caller.address(), ProblemResponses.reader(headers, request));
    return Response.created(uri.getAbsolutePathBuilder().path(inquiry.getId().toString()).build())
        .entity(Map.of("id", inquiry.getId().toString()))
        .build();
  }

  @GET
  @Operation(
      summary = "The partnership inquiries, newest first",
      operationId = "listPartnershipInquiries",
      description = "Program managers and administrators; others 403.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public ResultPage<InquiryView> inquiries(
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return partnerships
        .inquiries(caller.get(), status, PageRequest.of(page, size))
        .map(InquiryView::of);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "One partnership inquiry",
      operationId = "getPartnershipInquiry",
      description = "Program managers and administrators.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public InquiryView inquiry(@PathParam("id") UUID id) {
    return InquiryView.of(partnerships.inquiry(caller.get(), id));
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Record where staff stand with an inquiry",
      operationId = "changePartnershipInquiry",
      description =
          "Program managers and administrators. PARTNER creates the district (once) and answers its districtId.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public InquiryView change(
      @PathParam("id") UUID id,
      @NotNull(message = "{district.inquiry.body.required}") InquiryChange body) {
    return InquiryView.of(partnerships.change(caller.get(), id, body.status, body.note));
  }
}
