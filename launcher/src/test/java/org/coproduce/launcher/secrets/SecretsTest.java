package org.coproduce.launcher.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SecretsTest {
  @TempDir Path dir;

  @Test
  void secretsAreGeneratedOnceAndReusedByLaterRuns() throws Exception {
    Path file = dir.resolve("state/secrets.env");

    Secrets first = Secrets.loadOrCreate(file);
    Secrets second = Secrets.loadOrCreate(file);

    assertThat(first.gatewayClientSecret()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(first.partnerClientSecret()).isNotEqualTo(first.gatewayClientSecret());
    assertThat(Base64.getUrlDecoder().decode(first.bankDetailsKey())).hasSize(32);
    assertThat(Base64.getUrlDecoder().decode(first.sessionKey())).hasSize(32);
    assertThat(first.sessionKey()).isNotEqualTo(first.bankDetailsKey());
    assertThat(Files.readString(file)).contains("COPRODUCE_SESSION_KEY=");
    assertThat(second).isEqualTo(first);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
  }

  @Test
  void aMissingSecretIsAddedWithoutChangingTheOtherOne() throws Exception {
    Path file = dir.resolve("secrets.env");
    Files.writeString(file, "# kept\nCOPRODUCE_GATEWAY_CLIENT_SECRET=chosen-by-hand\n");

    Secrets secrets = Secrets.loadOrCreate(file);

    assertThat(secrets.gatewayClientSecret()).isEqualTo("chosen-by-hand");
    assertThat(Files.readString(file)).contains("COPRODUCE_PARTNER_CLIENT_SECRET=");
  }

  @Test
  void theRealmPlaceholdersNameTheEnvironmentVariables() {
    Secrets secrets = new Secrets("g", "p", "k", "s", dir.resolve("secrets.env"));

    assertThat(secrets.asEnv())
        .containsEntry("COPRODUCE_GATEWAY_CLIENT_SECRET", "g")
        .containsEntry("COPRODUCE_PARTNER_CLIENT_SECRET", "p")
        .doesNotContainKey("COPRODUCE_BANK_DETAILS_KEY")
        .doesNotContainKey("COPRODUCE_SESSION_KEY");
  }
}
