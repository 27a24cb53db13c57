package org.coproduce.involvement.consent;

import java.util.UUID;

/** Whether a person may be contacted or their details used for one purpose, right now. */
public record ConsentAllowedView(UUID personId, ConsentPurpose purpose, boolean allowed) {}
