package org.coproduce.involvement.pyramid;

public record PyramidLevelView(String code, String label, int rank, long version) {

  public static PyramidLevelView of(PyramidLevel level) {
    return new PyramidLevelView(level.code, level.label, level.rank, level.version);
  }
}
