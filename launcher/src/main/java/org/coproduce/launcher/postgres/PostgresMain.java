package org.coproduce.launcher.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Runs a real PostgreSQL server (zonky's embedded binaries, works as root and as a normal user)
 * with a persistent data directory until this process is stopped; stopping it stops PostgreSQL.
 *
 * <p>A process of its own (run through {@link org.coproduce.launcher.process.Guarded}) so the
 * launcher can stop it after everything that uses it. Arguments: {@code <port> <data dir> <binaries
 * dir>}; the binaries are unpacked into the last one when they are not there yet.
 */
public final class PostgresMain {

  public static void main(String[] args) throws IOException, InterruptedException {
    int port = Integer.parseInt(args[0]);
    Path dataDir = Path.of(args[1]).toAbsolutePath();
    Path binariesDir = Path.of(args[2]).toAbsolutePath();
    Files.createDirectories(binariesDir);
    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(binariesDir.toFile())
            .setPGStartupWait(Duration.ofSeconds(60))
            .setOutputRedirector(ProcessBuilder.Redirect.INHERIT)
            .setErrorRedirector(ProcessBuilder.Redirect.INHERIT)
            .start();
    // EmbeddedPostgres registers a shutdown hook that stops the server (pg_ctl stop -m fast).
    System.out.println(
        "PostgreSQL is ready on 127.0.0.1:" + postgres.getPort() + ", data in " + dataDir);
    Thread.currentThread().join();
  }

  private PostgresMain() {}
}
