package org.coproduce.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs independent start-up steps at the same time; the first failure stops the others. */
public final class Parallel {

  public static void run(List<Runnable> steps) {
    if (steps.isEmpty()) {
      return;
    }
    ExecutorService pool =
        Executors.newFixedThreadPool(
            steps.size(),
            runnable -> {
              Thread thread = new Thread(runnable, "start");
              thread.setDaemon(true);
              return thread;
            });
    try {
      CompletionService<Void> done = new ExecutorCompletionService<>(pool);
      List<Future<Void>> futures = new ArrayList<>();
      for (Runnable step : steps) {
        futures.add(done.submit(step, null));
      }
      awaitAll(done, futures);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void awaitAll(CompletionService<Void> done, List<Future<Void>> futures) {
    try {
      for (int i = 0; i < futures.size(); i++) {
        done.take().get();
      }
    } catch (ExecutionException e) {
      futures.forEach(future -> future.cancel(true));
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      futures.forEach(future -> future.cancel(true));
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while starting", e);
    }
  }

  private Parallel() {}
}
