package org.coproduce.payment.expense;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;
import static org.coproduce.platform.security.Roles.VOLUNTEER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.coproduce.payment.claim.ClaimView;
import org.coproduce.platform.idempotency.Idempotency;
import org.coproduce.platform.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/expense-claims")
@Tag(name = "Claims", description = "Fee and expense claims for involvement")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExpenseResource {
  private final ExpenseService expenses;
  private final Idempotency idempotency;
  private final CurrentUser user;

  public ExpenseResource(ExpenseService expenses, Idempotency idempotency, CurrentUser user) {
    this.expenses = expenses;
    this.idempotency = idempotency;
    this.user = user;
  }

  @POST
  @RolesAllowed({VOLUNTEER, COORDINATOR, ADMIN})
  @Operation(
      operationId = "submitExpenseClaim",
      summary =
          "Claim an expense, for oneself (volunteer) or for a person (staff); it awaits approval")
  @APIResponse(
      responseCode = "201",
      description = "Submitted; Location (the claim) and ETag are set",
      content = @Content(schema = @Schema(implementation = ClaimView.class)))
  @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
  @APIResponse(responseCode = "404", description = "A volunteer named someone else")
  @APIResponse(
      responseCode = "422",
      description =
          "Above the category's cap, no rate card in force, or the Idempotency-Key was used with"
              + " another request")
  public Response submit(
      @Parameter(
              in = ParameterIn.HEADER,
              name = Idempotency.HEADER,
              description = "Retry with the same key and body to get the same response again")
          @HeaderParam(Idempotency.HEADER)
          String idempotencyKey,
      @Valid @NotNull NewExpenseClaim expense,
      UriInfo uri) {
    return idempotency.once(
        idempotencyKey,
        "submitExpenseClaim",
        expense,
        claimant(expense),
        () -> {
          ClaimView claim = expenses.submit(expense);
          return Response.created(
                  uri.getBaseUriBuilder().path("api/v1/claims/{id}").build(claim.id()))
              .tag(Long.toString(claim.version()))
              .entity(claim)
              .build();
        });
  }

  /** Whose claim it is: the person named, or the volunteer claiming for themselves. */
  private List<UUID> claimant(NewExpenseClaim expense) {
    if (expense.personId() != null) {
      return List.of(expense.personId());
    }
    return user.personId().map(List::of).orElse(List.of());
  }
}
