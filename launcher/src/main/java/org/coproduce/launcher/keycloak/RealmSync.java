package org.coproduce.launcher.keycloak;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.coproduce.launcher.LaunchException;
import org.coproduce.launcher.StateDir;
import org.coproduce.launcher.http.Http;
import org.coproduce.launcher.secrets.Secrets;

/**
 * Keeps the running realm equal to the realm file. Keycloak imports a realm only when it does not
 * exist yet, so when the file or the client secrets changed since the last import, the realm is
 * deleted and imported again through the admin API (the demo users' sessions end; the demo data's
 * person link is restored afterwards by the launcher).
 */
final class RealmSync {
  private static final String PART = "keycloak";

  private final StateDir state;
  private final Secrets secrets;

  RealmSync(StateDir state, Secrets secrets) {
    this.state = state;
    this.secrets = secrets;
  }

  /** {@code justImported}: Keycloak started on an empty database and imported the file itself. */
  void syncRunning(boolean justImported) {
    String realm = read(Keycloak.realmFile(state));
    String fingerprint = fingerprint(realm);
    Path marker = state.resolve("keycloak/imported-realm.sha256");
    if (!justImported && fingerprint.equals(readIfExists(marker))) {
      return;
    }
    if (!justImported) {
      System.out.println(
          "  the realm file or the client secrets changed: importing the realm again");
      reimport(withSecrets(realm));
    }
    write(marker, fingerprint);
  }

  private void reimport(String realm) {
    KeycloakAdmin admin = KeycloakAdmin.login(new Http());
    admin.deleteRealm(Keycloak.REALM);
    admin.createRealm(realm);
  }

  /** What Keycloak's start-up import does with the placeholders, for the admin API. */
  private String withSecrets(String realm) {
    String result = realm;
    for (var secret : secrets.asEnv().entrySet()) {
      result = result.replace("${" + secret.getKey() + "}", secret.getValue());
    }
    return result;
  }

  private String fingerprint(String realm) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(realm.getBytes(StandardCharsets.UTF_8));
      digest.update(secrets.gatewayClientSecret().getBytes(StandardCharsets.UTF_8));
      digest.update(secrets.partnerClientSecret().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new LaunchException(PART, null, "cannot read " + file, e);
    }
  }

  private static String readIfExists(Path file) {
    return Files.exists(file) ? read(file).trim() : "";
  }

  private static void write(Path file, String text) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text + "\n");
    } catch (IOException e) {
      throw new LaunchException(PART, null, "cannot write " + file, e);
    }
  }
}
