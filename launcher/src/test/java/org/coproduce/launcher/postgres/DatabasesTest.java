package org.coproduce.launcher.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;

class DatabasesTest {

  @Test
  void everyServiceAndTheGatewayGetADatabaseTheApplicationRoleOwns() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      DbSettings db = new DbSettings("127.0.0.1", postgres.getPort(), "coproduce", "coproduce");
      try (Connection superuser = Databases.connect(db, "postgres", "")) {
        Databases.ensureAsSuperuser(superuser, db);
        Databases.ensureAsSuperuser(superuser, db);
      }

      for (String name :
          new String[] {"project", "involvement", "payment", "strategy", "gateway"}) {
        String url = "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + name;
        try (Connection connection = DriverManager.getConnection(url, "coproduce", "coproduce");
            ResultSet owner =
                connection
                    .createStatement()
                    .executeQuery(
                        "SELECT pg_get_userbyid(datdba) FROM pg_database"
                            + " WHERE datname = current_database()")) {
          owner.next();
          assertThat(owner.getString(1)).as(name).isEqualTo("coproduce");
        }
      }
    }
  }
}
