package org.coproduce.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** The last lines of a log, indented, for a failure message. */
final class LogTail {

  static String of(Path log, int lines) {
    try {
      List<String> all =
          new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
      return all.subList(Math.max(0, all.size() - lines), all.size()).stream()
          .map(line -> "    | " + line)
          .collect(Collectors.joining("\n"));
    } catch (IOException e) {
      return "    (cannot read the log: " + e.getMessage() + ")";
    }
  }

  private LogTail() {}
}
