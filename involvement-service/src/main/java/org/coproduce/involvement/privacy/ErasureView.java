package org.coproduce.involvement.privacy;

import java.time.Instant;
import java.util.UUID;
import org.coproduce.involvement.person.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A person's erasure: who carried it out, when and why")
public record ErasureView(
    UUID personId,
    @Schema(example = "Erased person 5b0f9a", description = "The pseudonym the person now has")
        String displayName,
    Instant erasedAt,
    @Schema(description = "The account id of the member of staff who erased the person")
        String erasedBy,
    ErasureReason reason,
    long version) {

  static ErasureView of(Person person) {
    return new ErasureView(
        person.id,
        person.displayName,
        person.erasedAt,
        person.erasedBy,
        person.erasureReason == null ? null : ErasureReason.valueOf(person.erasureReason),
        person.version);
  }
}
