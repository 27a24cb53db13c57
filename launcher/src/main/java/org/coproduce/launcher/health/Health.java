package org.coproduce.launcher.health;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.coproduce.launcher.LaunchException;
import org.coproduce.launcher.process.Child;

/** Waits until a part answers, and fails clearly (which part, which log) when it does not. */
public final class Health {
  private static final Duration POLL = Duration.ofMillis(500);
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  /** Whether something accepts connections on 127.0.0.1:port. */
  public static boolean listening(int port) {
    return listening("127.0.0.1", port);
  }

  /** Whether something accepts connections on host:port. */
  public static boolean listening(String host, int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), 500);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The HTTP status of a GET, or -1 when nothing answers. */
  public static int status(URI uri) {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build();
    try {
      return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  /** Waits for a 200 from {@code uri}; the child (if any) must stay alive meanwhile. */
  public static void awaitHttpOk(String part, URI uri, Duration timeout, Child child) {
    await(part, "GET " + uri + " answers 200", timeout, child, () -> status(uri) == 200);
  }

  public static void awaitPort(String part, int port, Duration timeout, Child child) {
    await(
        part, "127.0.0.1:" + port + " accepts connections", timeout, child, () -> listening(port));
  }

  public static void await(
      String part, String condition, Duration timeout, Child child, BooleanSupplier ready) {
    Path log = child == null ? null : child.log();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!ready.getAsBoolean()) {
      if (child != null && !child.isAlive()) {
        throw new LaunchException(
            part, log, "exited with code " + child.exitValue() + " before " + condition);
      }
      if (System.nanoTime() > deadline) {
        throw new LaunchException(
            part,
            log,
            "not ready within " + timeout.toSeconds() + " s (waited until " + condition + ")");
      }
      sleep(part, log);
    }
  }

  private static void sleep(String part, Path log) {
    try {
      Thread.sleep(POLL.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LaunchException(part, log, "start-up interrupted", e);
    }
  }

  private Health() {}
}
