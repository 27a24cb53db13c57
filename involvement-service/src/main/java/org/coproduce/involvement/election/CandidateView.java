package org.coproduce.involvement.election;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A candidate on the ballot paper: an accepted nominee, by the name they use")
public record CandidateView(UUID personId, @Schema(example = "Sam Okafor") String displayName) {}
