package org.coproduce.involvement.opportunity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.coproduce.involvement.person.PreferredTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An opportunity to create, or its whole description when it changes. */
@Schema(description = "A way to get involved: what, why, when, where, and what it takes")
public record NewOpportunity(
    @Schema(example = "QI_PROJECT_ROLE") @NotNull OpportunityKind kind,
    @Schema(example = "BIG_I", description = "Required for a QI project role")
        InvolvementLevel involvementLevel,
    @Schema(description = "The QI project in project-service; required for a QI project role")
        UUID projectId,
    @Schema(example = "Carer member of the discharge letters project team")
        @NotBlank
        @Size(max = 200)
        String title,
    @Schema(
            example = "Letters that carers can act on, so fewer people come back within a week",
            description = "What difference this will make")
        @NotBlank
        @Size(max = 2000)
        String purpose,
    @Schema(example = "2027-01-12T10:00:00Z") Instant startsAt,
    @Schema(example = "2027-01-12T12:00:00Z", description = "After startsAt") Instant endsAt,
    @Schema(example = "false", description = "Whether people can take part online") Boolean online,
    @Schema(example = "Seminar room 2, St James's Hospital, Leeds", description = "Or online")
        @Size(max = 300)
        String location,
    @Schema(example = "Step-free entrance; hearing loop; quiet room available") @Size(max = 2000)
        String accessInformation,
    @Schema(example = "2") @DecimalMin("0.25") @DecimalMax("999") BigDecimal expectedHours,
    @Schema(example = "£20 per meeting, travel expenses paid") @Size(max = 300) String reward,
    @Schema(
            example = "[\"carers\", \"discharge\"]",
            description = "Tags matched to people's interests (any case)")
        @Size(max = 20)
        List<@NotBlank @Size(max = 60) String> topics,
    @Schema(example = "[\"WEEKDAY_MORNING\"]") Set<@NotNull PreferredTime> timesOfWeek,
    @Schema(example = "2") @NotNull @Min(1) @Max(1000) Integer placesAvailable,
    @Schema(example = "2026-12-18", description = "The last day to express interest")
        LocalDate closesOn) {}
