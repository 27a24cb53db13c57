package org.coproduce.involvement.pyramid;

import java.util.List;

/** A person's Involvement Pyramid level now (null when they have none) and every change. */
public record PyramidLevelExport(PersonLevelView current, List<LevelHistoryView> history) {}
