package org.coproduce.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coproduce.launcher.LaunchException;

/**
 * Runs payment-service's benchmarks (bench/run [export|claims]) and prints each result with its
 * ratio, measured in this one run: the machines are noisy, so only ratios within a run count.
 */
public final class Bench {
  private static final int BACKLOG = 50_000;
  private static final int SMALL_EXPORT = 10_000;
  private static final int LARGE_EXPORT = 100_000;

  public static void main(String[] args) throws Exception {
    String which = args.length == 0 ? "all" : args[0];
    if (!List.of("all", "export", "claims").contains(which)) {
      System.err.println("Usage: bench/run [export|claims]");
      System.exit(2);
    }
    // Tokens are made once at the start; a run can outlast their default five minutes.
    System.setProperty("smallrye.jwt.new-token.lifespan", "7200");
    Path root = Path.of(System.getProperty("coproduce.root", ".")).toAbsolutePath().normalize();
    if (!Files.exists(root.resolve("bench/pom.xml"))) {
      System.err.println("Run this from the repository root (or use bench/run).");
      System.exit(2);
    }
    boolean claims = !which.equals("export");
    boolean export = !which.equals("claims");
    List<String> results = new ArrayList<>();
    Stack stack = new Stack(root);
    Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "stop"));
    try {
      System.out.println("Starting PostgreSQL, Kafka and the OIDC server...");
      stack.startInfrastructure();
      ClaimsBench claimsBench = new ClaimsBench(stack);
      if (claims) {
        System.out.printf("Putting %,d ParticipationRecorded events on the topic...%n", BACKLOG);
        claimsBench.produceBacklog(BACKLOG);
      }
      System.out.println("Starting payment-service...");
      stack.startService();
      if (claims) {
        System.out.println("Waiting for the claims, then the plain loader...");
        results.add(report(claimsBench.measure().line()));
      }
      if (export) {
        System.out.printf(
            "Seeding %,d and %,d approved lines, then exporting...%n", SMALL_EXPORT, LARGE_EXPORT);
        results.add(report(new ExportBench(stack).run(SMALL_EXPORT, LARGE_EXPORT).line()));
      }
    } catch (LaunchException e) {
      System.err.println("FAILED: " + e.part() + ": " + e.getMessage());
      e.log().ifPresent(log -> System.err.println("  log: " + log));
      System.exit(1);
    }
    System.out.println();
    results.forEach(System.out::println);
    System.exit(0);
  }

  private static String report(String result) {
    System.out.println("  " + result);
    return result;
  }

  private Bench() {}
}
