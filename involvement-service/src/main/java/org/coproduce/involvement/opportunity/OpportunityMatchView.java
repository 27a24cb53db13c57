package org.coproduce.involvement.opportunity;

import java.util.List;
import org.coproduce.involvement.person.PreferredTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An open opportunity that suits the volunteer, and why")
public record OpportunityMatchView(
    OpportunityView opportunity,
    @Schema(
            example = "[\"carers\"]",
            description = "The volunteer's interests this opportunity is about")
        List<String> matchedTopics,
    @Schema(
            example = "[\"WEEKDAY_MORNING\"]",
            description = "The volunteer's preferred times this opportunity takes place in")
        List<PreferredTime> matchedTimes) {}
