package org.coproduce.launcher.process;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coproduce.launcher.LaunchException;

/**
 * The processes this launcher started. Stopping goes layer by layer, applications first and
 * PostgreSQL last; the processes of one layer stop at the same time. Every start is written down in
 * {@link RunRecord}, so a run that was killed before it could stop its children has them stopped by
 * the next run. Nothing this launcher did not start is ever stopped.
 */
public final class Children {
  private final List<Child> started = new ArrayList<>();
  private final RunRecord record;
  private volatile boolean stopping;

  public Children(RunRecord record) {
    this.record = record;
  }

  /** Starts a process in {@code workDir} with output to {@code log}. */
  public Child start(
      Layer layer,
      String name,
      List<String> command,
      Path workDir,
      Map<String, String> env,
      Path log) {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().putAll(env);
    Child child;
    synchronized (this) {
      if (stopping) {
        throw new LaunchException(name, log, "not started: the launcher is stopping");
      }
      child = new Child(layer, name, launch(name, builder, log), log);
      started.add(child);
      record.add(child);
    }
    child.process().onExit().thenRun(() -> reportUnexpectedExit(child));
    return child;
  }

  /** Stops every started process, applications first. Safe to call more than once. */
  public void stopAll() {
    List<Child> toStop;
    synchronized (this) {
      stopping = true;
      toStop = new ArrayList<>(started);
      started.clear();
    }
    for (int layer = Layer.values().length - 1; layer >= 0; layer--) {
      Layer current = Layer.values()[layer];
      stopTogether(toStop.stream().filter(c -> c.layer() == current && c.isAlive()).toList());
    }
    record.clear();
  }

  private static void stopTogether(List<Child> layer) {
    List<Thread> stoppers = new ArrayList<>();
    for (Child child : layer) {
      System.out.printf("  stopping %s (pid %d)%n", child.name(), child.pid());
      Thread stopper = new Thread(child::stop, "stop-" + child.name());
      stopper.start();
      stoppers.add(stopper);
    }
    for (Thread stopper : stoppers) {
      try {
        stopper.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private void reportUnexpectedExit(Child child) {
    if (!stopping) {
      System.out.printf(
          "%n! %s exited unexpectedly (exit code %d); see %s%n",
          child.name(), child.exitValue(), child.log());
    }
  }

  private static Process launch(String name, ProcessBuilder builder, Path log) {
    try {
      return builder.start();
    } catch (IOException e) {
      throw new LaunchException(name, log, "could not start " + builder.command().get(0), e);
    }
  }
}
