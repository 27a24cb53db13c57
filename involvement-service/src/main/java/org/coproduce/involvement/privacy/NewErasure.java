package org.coproduce.involvement.privacy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An erasure to carry out; the reason is optional")
public record NewErasure(@Schema(example = "PERSON_ASKED") ErasureReason reason) {}
