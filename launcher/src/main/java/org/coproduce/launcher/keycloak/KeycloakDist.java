package org.coproduce.launcher.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.coproduce.launcher.LaunchException;
import org.coproduce.launcher.StateDir;

/**
 * Keycloak's server distribution: the zip Maven resolved into the local repository (its path is
 * written by the launcher module's build), unpacked once into {@code .coproduce/keycloak/}.
 */
final class KeycloakDist {
  private static final String PART = "keycloak";

  private final StateDir state;

  KeycloakDist(StateDir state) {
    this.state = state;
  }

  /** The Keycloak home directory, unpacking the distribution the first time. */
  Path home() {
    Path zip = zip();
    String name =
        zip.getFileName()
            .toString()
            .replace("keycloak-quarkus-dist-", "keycloak-")
            .replace(".zip", "");
    Path home = state.resolve("keycloak").resolve(name);
    if (Files.exists(home.resolve("bin/kc.sh"))) {
      return home;
    }
    System.out.println(
        "  unpacking " + zip.getFileName() + " into " + state.show(home.getParent()) + " (once)");
    unpack(zip, home);
    return home;
  }

  private Path zip() {
    Path pathFile = state.root().resolve("launcher/target/keycloak-dist.path");
    try {
      Path zip = Path.of(Files.readString(pathFile).trim());
      if (!Files.isRegularFile(zip)) {
        throw new LaunchException(PART, null, zip + " is missing: run ./mvnw install -DskipTests");
      }
      return zip;
    } catch (IOException e) {
      throw new LaunchException(
          PART, null, state.show(pathFile) + " is missing: run ./mvnw install -DskipTests", e);
    }
  }

  /** Unpacks into a scratch directory and renames it into place, so a half unpack never counts. */
  private static void unpack(Path zip, Path home) {
    Path scratch = home.resolveSibling(home.getFileName() + ".unpacking");
    try {
      deleteTree(scratch);
      Files.createDirectories(scratch);
      try (ZipFile archive = new ZipFile(zip.toFile())) {
        Enumeration<? extends ZipEntry> entries = archive.entries();
        while (entries.hasMoreElements()) {
          extract(archive, entries.nextElement(), scratch);
        }
      }
      Path top = singleChild(scratch);
      Files.move(top, home, StandardCopyOption.ATOMIC_MOVE);
      deleteTree(scratch);
    } catch (IOException e) {
      throw new LaunchException(PART, null, "could not unpack " + zip + ": " + e.getMessage(), e);
    }
  }

  private static void extract(ZipFile archive, ZipEntry entry, Path target) throws IOException {
    Path path = target.resolve(entry.getName()).normalize();
    if (!path.startsWith(target)) {
      throw new IOException("entry outside the archive root: " + entry.getName());
    }
    if (entry.isDirectory()) {
      Files.createDirectories(path);
      return;
    }
    Files.createDirectories(path.getParent());
    try (InputStream in = archive.getInputStream(entry)) {
      Files.copy(in, path, StandardCopyOption.REPLACE_EXISTING);
    }
    if (entry.getName().endsWith(".sh")) {
      path.toFile().setExecutable(true, false);
    }
  }

  private static Path singleChild(Path dir) throws IOException {
    try (Stream<Path> children = Files.list(dir)) {
      return children.findFirst().orElseThrow(() -> new IOException("empty archive"));
    }
  }

  private static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(KeycloakDist::delete);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
