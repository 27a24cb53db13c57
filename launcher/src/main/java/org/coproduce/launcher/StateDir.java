package org.coproduce.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where the local run keeps what it must remember between runs: {@code .coproduce/} in the
 * repository root (PostgreSQL and Kafka data, the unpacked Keycloak, the generated client secrets,
 * logs). Never committed.
 */
public record StateDir(Path root, Path dir) {

  public static StateDir under(Path repositoryRoot) {
    Path root = repositoryRoot.toAbsolutePath().normalize();
    return new StateDir(root, root.resolve(".coproduce"));
  }

  public Path resolve(String name) {
    return dir.resolve(name);
  }

  public Path logs() {
    return dir.resolve("logs");
  }

  /** The log of one part; the previous run's log is kept beside it as {@code <name>.log.prev}. */
  public Path freshLog(String name) {
    Path log = logs().resolve(name + ".log");
    try {
      Files.createDirectories(logs());
      if (Files.exists(log)) {
        Files.move(log, logs().resolve(name + ".log.prev"), StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the log " + log, e);
    }
    return log;
  }

  /** A path as the user would type it from the repository root. */
  public String show(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
  }
}
