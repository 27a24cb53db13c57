package org.coproduce.payment.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The service's own database connection (the role it runs as, not the owner that migrates) cannot
 * undo the append-only rules: it cannot disable the ledger's triggers, nor update or delete ledger
 * entries, decisions or history, nor change a claim line's money.
 */
@QuarkusTest
class AppendOnlyPrivilegesTest {
  @Inject AgroalDataSource dataSource;

  @Test
  void theServiceRunsAsARoleThatOwnsNothing() throws SQLException {
    assertThat(query("select current_user")).isEqualTo("coproduce_payment");
    assertThat(query("select count(*) from pg_tables where tableowner = current_user"))
        .isEqualTo("0");
  }

  @Test
  void theServiceCannotDisableTheLedgersTriggers() {
    assertThatThrownBy(() -> execute("alter table ledger_entry disable trigger all"))
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("must be owner");
    assertThatThrownBy(
            () ->
                execute(
                    "alter table ledger_entry disable trigger ledger_entry_no_update_or_delete"))
        .hasMessageContaining("must be owner");
    assertThatThrownBy(() -> execute("drop trigger ledger_entry_no_truncate on ledger_entry"))
        .hasMessageContaining("must be owner");
  }

  @Test
  void theServiceCannotUpdateOrDeleteALedgerEntry() {
    assertThatThrownBy(() -> execute("update ledger_entry set amount_pence = 0"))
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> execute("delete from ledger_entry"))
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> execute("truncate ledger_entry"))
        .hasMessageContaining("permission denied");
  }

  @Test
  void decisionsHistoryAndLinesKeepTheirFacts() {
    assertThatThrownBy(() -> execute("update claim_decision set amount_pence = 0"))
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> execute("update claim_line set amount_pence = 0"))
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> execute("delete from claim_line"))
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> execute("update export_line set amount_pence = 0"))
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> execute("update payee_change set changed_by = 'someone'"))
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> execute("delete from payee_change_decision"))
        .hasMessageContaining("permission denied");
    assertThatThrownBy(() -> execute("delete from flyway_schema_history"))
        .hasMessageContaining("permission denied");
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private String query(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    }
  }
}
