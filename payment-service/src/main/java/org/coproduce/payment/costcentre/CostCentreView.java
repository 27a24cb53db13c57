package org.coproduce.payment.costcentre;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A cost centre payments can be booked to")
public record CostCentreView(
    @Schema(example = "PEX100") String code,
    @Schema(example = "Patient and carer experience") String name,
    Instant createdAt) {

  static CostCentreView of(CostCentre centre) {
    return new CostCentreView(centre.code, centre.name, centre.createdAt);
  }
}
