package org.coproduce.involvement.person;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person to add to the involvement register")
public record NewPerson(
    @Schema(example = "CARER") @NotNull PersonType personType,
    @Schema(example = "Sam Okafor", description = "The name the person wants to be called by")
        @NotBlank
        @Size(max = 200)
        String displayName,
    @Schema(example = "sam.okafor@example.org") @Email @Size(max = 254) String email,
    @Schema(example = "07700 900123") @Pattern(regexp = "\\+?[0-9 ()-]{6,20}") String phone) {}
