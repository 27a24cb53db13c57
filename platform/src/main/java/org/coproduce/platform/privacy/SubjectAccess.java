package org.coproduce.platform.privacy;

import static org.coproduce.platform.security.Roles.ADMIN;
import static org.coproduce.platform.security.Roles.COORDINATOR;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.coproduce.platform.problem.ProblemException;
import org.coproduce.platform.security.CurrentUser;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Everything this service holds about a person, from every {@link PersonalData} feature. Each
 * service serves it at {@code GET /api/v1/subject-access/{personId}} from a resource of its own, so
 * each operation id is its own in the gateway's merged API document.
 */
@ApplicationScoped
public class SubjectAccess {
  private final String service;
  private final List<PersonalData> features;
  private final Erasure erasure;

  public SubjectAccess(
      @ConfigProperty(name = "quarkus.application.name") String service,
      Instance<PersonalData> features,
      Erasure erasure) {
    this.service = service;
    this.features = features.stream().sorted(Comparator.comparing(PersonalData::section)).toList();
    this.erasure = erasure;
    for (int i = 1; i < this.features.size(); i++) {
      if (this.features.get(i).section().equals(this.features.get(i - 1).section())) {
        throw new IllegalStateException(
            "Two personal data features are called " + this.features.get(i).section());
      }
    }
  }

  /**
   * The export, for the staff who keep the register (coordinator, admin) or the person themselves
   * while they are not erased; for anyone else it is as if the person did not exist (404).
   */
  @Transactional
  public SubjectAccessView export(UUID personId, CurrentUser caller) {
    requireMaySee(personId, caller);
    Map<String, Object> sections = new LinkedHashMap<>();
    features.forEach(feature -> sections.put(feature.section(), feature.exportFor(personId)));
    return new SubjectAccessView(
        personId, service, Instant.now(), erasure.erasedAt(personId).orElse(null), sections);
  }

  private void requireMaySee(UUID personId, CurrentUser caller) {
    boolean staff = caller.hasRole(COORDINATOR) || caller.hasRole(ADMIN);
    boolean self =
        caller.personId().filter(personId::equals).isPresent()
            && erasure.erasedAt(personId).isEmpty();
    if (!staff && !self) {
      throw new ProblemException.NotFound("Person " + personId);
    }
  }
}
