package org.coproduce.involvement.opportunity;

import java.util.List;
import java.util.UUID;
import org.coproduce.involvement.person.PersonType;
import org.coproduce.involvement.person.PreferredTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "A person who may be told about an opportunity: their interests or times match and they"
            + " consent to contact about opportunities")
public record SuggestedPersonView(
    UUID personId,
    @Schema(example = "Sam Okafor") String displayName,
    PersonType personType,
    @Schema(example = "[\"carers\"]") List<String> matchedTopics,
    @Schema(example = "[\"WEEKDAY_MORNING\"]") List<PreferredTime> matchedTimes) {}
