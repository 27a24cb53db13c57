package org.coproduce.launcher.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What the current run started ({@code .coproduce/run.pids}: pid, start time, name), removed when
 * the run has stopped them all. A launcher that was killed outright (SIGKILL, or {@code su -c}
 * after its 2 s grace) leaves it behind, and the next run stops exactly those processes: a pid
 * counts only while its start time is the recorded one, so an unrelated process that reused the pid
 * is never touched.
 */
public final class RunRecord {
  private final Path file;

  public RunRecord(Path file) {
    this.file = file;
  }

  synchronized void add(Child child) {
    long started = startMillis(child.process().toHandle()).orElse(0L);
    String line = child.pid() + "\t" + started + "\t" + child.name() + "\n";
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }

  synchronized void clear() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      System.out.println("  could not remove " + file + ": " + e.getMessage());
    }
  }

  /** Stops what a previous run started and could not stop; returns how many were still alive. */
  public int stopLeftovers() {
    if (!Files.exists(file)) {
      return 0;
    }
    int stopped = 0;
    List<String> lines = new ArrayList<>(read());
    Collections.reverse(lines); // newest first: applications before what they use
    for (String line : lines) {
      String[] fields = line.split("\t");
      if (fields.length == 3
          && stopIfSame(Long.parseLong(fields[0]), Long.parseLong(fields[1]), fields[2])) {
        stopped++;
      }
    }
    clear();
    return stopped;
  }

  private static boolean stopIfSame(long pid, long startMillis, String name) {
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty() || startMillis(process.get()).orElse(-1L) != startMillis) {
      return false;
    }
    System.out.printf("  stopping %s (pid %d), left running by a previous run%n", name, pid);
    List<ProcessHandle> descendants = process.get().descendants().toList();
    process.get().destroy();
    if (!waitFor(process.get(), 20)) {
      descendants.forEach(ProcessHandle::destroyForcibly);
      process.get().destroyForcibly();
      waitFor(process.get(), 5);
    }
    return true;
  }

  private static boolean waitFor(ProcessHandle process, int seconds) {
    try {
      process.onExit().get(seconds, TimeUnit.SECONDS);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return !process.isAlive();
    } catch (ExecutionException | TimeoutException e) {
      return !process.isAlive();
    }
  }

  private static Optional<Long> startMillis(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli);
  }

  private List<String> read() {
    try {
      return Files.readAllLines(file);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }
}
