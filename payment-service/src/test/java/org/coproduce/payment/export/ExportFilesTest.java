package org.coproduce.payment.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ExportFilesTest {

  @ParameterizedTest
  @ValueSource(strings = {"=1+2", "+44 7700", "-2+3", "@SUM(A1)", "\tcmd", "\rcmd"})
  void aCellThatASpreadsheetCouldRunIsNeutralised(String cell) {
    assertThat(ExportFiles.neutralised(cell)).isEqualTo("'" + cell);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Sam Okafor", "20.00", "(20.00)", "CP000012", "a=b"})
  void anOrdinaryCellIsLeftAlone(String cell) {
    assertThat(ExportFiles.neutralised(cell)).isEqualTo(cell);
  }

  @ParameterizedTest
  @CsvSource({"2000, 20.00", "5, 0.05", "0, 0.00", "-2000, (20.00)", "-45, (0.45)"})
  void amountsAreInPoundsWithNegativesInBrackets(long pence, String shown) {
    assertThat(ExportFiles.pounds(pence)).isEqualTo(shown);
  }
}
