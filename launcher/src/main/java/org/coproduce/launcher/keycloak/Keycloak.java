package org.coproduce.launcher.keycloak;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coproduce.launcher.LaunchException;
import org.coproduce.launcher.StateDir;
import org.coproduce.launcher.health.Health;
import org.coproduce.launcher.process.Child;
import org.coproduce.launcher.process.Children;
import org.coproduce.launcher.process.Layer;
import org.coproduce.launcher.secrets.Secrets;

/**
 * Keycloak in development mode on 127.0.0.1:8180 with the {@code coproduce} realm imported from
 * {@code deploy/keycloak/coproduce-realm.json}; its own data (H2) stays in the unpacked
 * distribution under {@code .coproduce/keycloak}.
 */
public final class Keycloak {
  public static final int PORT = 8180;
  public static final String REALM = "coproduce";
  public static final String BASE_URL = "http://127.0.0.1:" + PORT;
  public static final String REALM_URL = BASE_URL + "/realms/" + REALM;
  public static final String ADMIN_USER = "admin";
  public static final String ADMIN_PASSWORD = "admin";
  private static final String PART = "keycloak";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(300);

  private final StateDir state;
  private final Children children;
  private final Secrets secrets;

  public Keycloak(StateDir state, Children children, Secrets secrets) {
    this.state = state;
    this.children = children;
    this.secrets = secrets;
  }

  public static Path realmFile(StateDir state) {
    return state.root().resolve("deploy/keycloak/coproduce-realm.json");
  }

  public static URI tokenEndpoint() {
    return URI.create(REALM_URL + "/protocol/openid-connect/token");
  }

  /** Returns a line saying which Keycloak is used. */
  public String start() {
    if (Health.listening(PORT)) {
      Health.awaitHttpOk(PART, URI.create(REALM_URL), Duration.ofSeconds(10), null);
      new RealmSync(state, secrets).syncRunning(false);
      return "Keycloak already running on " + BASE_URL + " (used as it is)";
    }
    Path home = new KeycloakDist(state).home();
    boolean fresh = !Files.exists(home.resolve("data/h2"));
    copyRealm(home);
    Path log = state.freshLog(PART);
    Child child =
        children.start(Layer.INFRASTRUCTURE, PART, command(home), home, environment(), log);
    Health.awaitHttpOk(PART, URI.create(REALM_URL), START_TIMEOUT, child);
    new RealmSync(state, secrets).syncRunning(fresh);
    return "Keycloak on "
        + BASE_URL
        + " (admin console: "
        + BASE_URL
        + "/admin, "
        + ADMIN_USER
        + "/"
        + ADMIN_PASSWORD
        + ")";
  }

  private void copyRealm(Path home) {
    Path imports = home.resolve("data/import");
    try {
      Files.createDirectories(imports);
      Files.copy(
          realmFile(state),
          imports.resolve("coproduce-realm.json"),
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new LaunchException(PART, null, "cannot copy the realm file: " + e.getMessage(), e);
    }
  }

  private static List<String> command(Path home) {
    return List.of(
        "bash",
        home.resolve("bin/kc.sh").toString(),
        "start-dev",
        "--http-host=127.0.0.1",
        "--http-port=" + PORT,
        "--import-realm");
  }

  private Map<String, String> environment() {
    Map<String, String> env = new HashMap<>(secrets.asEnv());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN_USER);
    env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
    return env;
  }
}
