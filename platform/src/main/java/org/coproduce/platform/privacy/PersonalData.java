package org.coproduce.platform.privacy;

import java.util.UUID;

/**
 * What one feature of a service holds about a person, for subject access and erasure (UK GDPR
 * articles 15 and 17). A feature that stores anything about a person implements this as an
 * {@code @ApplicationScoped} bean; {@link SubjectAccess} and {@link Erasure} find every such bean
 * of the service, so nothing else needs to change when a feature joins. See
 * docs/adr/0005-subject-access-and-erasure.md.
 */
public interface PersonalData {

  /**
   * What free text by or about an erased person becomes where the column may not be empty, so a
   * reader sees that something was said and has been erased rather than nothing at all.
   */
  String ERASED_TEXT = "[erased]";

  /** The section's name in the export, unique within the service, e.g. {@code consents}. */
  String section();

  /**
   * Everything the feature holds about the person, as the feature's DTO records (never entities),
   * and nothing about anyone else; an empty list or null when it holds nothing.
   */
  Object exportFor(UUID personId);

  /**
   * Wipes or pseudonymises the person's personal fields, in the caller's transaction, keeping what
   * must be kept (history, finance records) against the same id. Runs again harmlessly when the
   * person is already erased. A feature that holds only ids and facts says so here and changes
   * nothing.
   */
  void erase(UUID personId);
}
