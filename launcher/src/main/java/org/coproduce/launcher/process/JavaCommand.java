package org.coproduce.launcher.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command lines for the Java processes the launcher starts, on the JVM that runs the launcher. */
public final class JavaCommand {

  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** {@code java <options> -cp <classpath> <main class> <arguments>}. */
  public static List<String> main(
      List<String> options, String classpath, String mainClass, String... arguments) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(options);
    command.add("-cp");
    command.add(classpath);
    command.add(mainClass);
    command.addAll(List.of(arguments));
    return command;
  }

  /** {@code java <options> -jar <jar>}. */
  public static List<String> jar(List<String> options, Path jar) {
    List<String> command = new ArrayList<>();
    command.add(java());
    command.addAll(options);
    command.add("-jar");
    command.add(jar.toString());
    return command;
  }

  private JavaCommand() {}
}
