package org.coproduce.launcher.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One process this launcher started, with the log its output goes to. */
public final class Child {
  private static final Duration GRACE = Duration.ofSeconds(20);

  private final Layer layer;
  private final String name;
  private final Process process;
  private final Path log;

  Child(Layer layer, String name, Process process, Path log) {
    this.layer = layer;
    this.name = name;
    this.process = process;
    this.log = log;
  }

  Layer layer() {
    return layer;
  }

  public String name() {
    return name;
  }

  public Path log() {
    return log;
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  public int exitValue() {
    return process.exitValue();
  }

  /** The process id, for tools that attach to the process (the benchmarks read its heap). */
  public long pid() {
    return process.pid();
  }

  Process process() {
    return process;
  }

  /**
   * Asks the process to stop (SIGTERM), waits for it, and only then kills it and whatever it
   * started itself (Keycloak's script starts a JVM of its own).
   */
  void stop() {
    if (!process.isAlive()) {
      return;
    }
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroy();
    if (waitFor(GRACE)) {
      descendants.forEach(ProcessHandle::destroy);
      return;
    }
    System.out.printf("  %s did not stop within %d s: killing it%n", name, GRACE.toSeconds());
    descendants.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    waitFor(Duration.ofSeconds(5));
  }

  private boolean waitFor(Duration timeout) {
    try {
      return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    }
  }
}
