package org.coproduce.launcher.process;

import java.lang.reflect.InvocationTargetException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Runs another main class in this JVM for the launcher: {@code Guarded <main class> <arguments>}.
 *
 * <p>Ctrl-C in a terminal reaches every process of the launcher at once. Infrastructure run this
 * way (PostgreSQL, Kafka) ignores it, so the launcher can stop the services first, while the broker
 * and the database still answer, and these last (with SIGTERM). If the launcher itself is gone, the
 * guarded process ends too.
 */
public final class Guarded {

  public static void main(String[] args) throws Throwable {
    sun.misc.Signal.handle(new sun.misc.Signal("INT"), signal -> {});
    ProcessHandle.current()
        .parent()
        .ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(0)));
    String[] arguments = Arrays.copyOfRange(args, 1, args.length);
    try {
      Class.forName(args[0]).getMethod("main", String[].class).invoke(null, (Object) arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** Where this class is (the launcher's classes), to put in front of a guarded classpath. */
  public static Path location() {
    try {
      return Path.of(Guarded.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private Guarded() {}
}
