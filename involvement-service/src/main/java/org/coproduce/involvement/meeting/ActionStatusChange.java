package org.coproduce.involvement.meeting;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where an action stands now")
public record ActionStatusChange(@Schema(example = "DONE") @NotNull ActionStatus status) {}
