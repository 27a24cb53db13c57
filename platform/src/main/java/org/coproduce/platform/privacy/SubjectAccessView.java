package org.coproduce.platform.privacy;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
    description =
        "Everything one service holds about a person (subject access): a section per feature")
public record SubjectAccessView(
    @Schema(example = "5b0f9a52-8f1e-4a3e-9d7c-2f7f3c1e8a10") UUID personId,
    @Schema(example = "involvement-service") String service,
    Instant generatedAt,
    @Schema(description = "When this service erased the person; absent while they are not erased")
        Instant erasedAt,
    @Schema(
            description =
                "What each feature holds, by section name, e.g. person, consents, participations")
        Map<String, Object> sections) {}
