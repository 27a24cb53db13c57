package org.coproduce.involvement.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person to add to the register, or their whole profile when it changes. */
@Schema(description = "A person in the involvement register: who they are and what suits them")
public record NewPerson(
    @Schema(example = "CARER") @NotNull PersonType personType,
    @Schema(example = "Sam Okafor", description = "The name the person wants to be called by")
        @NotBlank
        @Size(max = 200)
        String displayName,
    @Schema(example = "sam.okafor@example.org") @Email @Size(max = 254) String email,
    @Schema(example = "07700 900123") @Pattern(regexp = "\\+?[0-9 ()-]{6,20}") String phone,
    @Schema(example = "12 Park Row, Leeds") @Size(max = 500) String postalAddress,
    @Schema(example = "LS1 5HD")
        @Pattern(
            regexp = "(?i)[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}",
            message = "must be a UK postcode")
        String postcode,
    @Schema(
            example = "Step-free access; a hearing loop; breaks every 45 minutes",
            description =
                "What the person needs to take part; seen only by the staff who keep the register")
        @Size(max = 2000)
        String accessNeeds,
    @Schema(example = "[\"WEEKDAY_MORNING\", \"WEEKEND\"]")
        Set<@NotNull PreferredTime> preferredTimes,
    @Schema(example = "[\"Online\", \"St James's Hospital\"]") @Size(max = 10)
        List<@NotBlank @Size(max = 100) String> preferredLocations,
    @Schema(
            example = "[\"mental health\", \"maternity\"]",
            description = "Topics the person cares about; opportunities are matched on them")
        @Size(max = 20)
        List<@NotBlank @Size(max = 60) String> interests) {}
