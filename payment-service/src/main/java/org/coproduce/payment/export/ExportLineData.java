package org.coproduce.payment.export;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import org.coproduce.platform.privacy.PersonalData;

/**
 * The person's lines in finance exports. Each holds a copy of the bank details the person had when
 * it was exported (encrypted), for finance to pay them.
 */
@ApplicationScoped
public class ExportLineData implements PersonalData {
  private final BankDetailsRetention retention;

  public ExportLineData(BankDetailsRetention retention) {
    this.retention = retention;
  }

  @Override
  public String section() {
    return "exportLines";
  }

  /** The lines as finance staff see them: amounts and outcomes, never the bank details. */
  @Override
  public List<ExportLineView> exportFor(UUID personId) {
    return ExportLine.<ExportLine>list("personId = ?1 order by createdAt, id", personId).stream()
        .map(ExportLineView::of)
        .toList();
  }

  /**
   * Bank details of settled lines are wiped now. A line still awaiting payment keeps them until
   * finance settles it (then {@link ExportService} wipes them): the person is owed the money, and
   * wiping would make finance's payment fail. Amounts, dates and outcomes stay (finance retention).
   */
  @Override
  public void erase(UUID personId) {
    retention.wipeSettledOf(personId);
  }
}
