package dev.resumable.console;

import com.sun.net.httpserver.HttpServer;
import dev.resumable.Engine;
import dev.resumable.EngineExtension;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The web console of an engine: its instances with counts and a status filter, each instance's
 * status, suspended stack with decoded locals, inbox, timer and failure, and cancel. Served by
 * the JDK's HTTP server on the engine's own threads of requests; every action goes through the
 * engine, as a call of the application would.
 *
 * <pre>{@code
 * Engine engine = Engine.builder()
 *     .extension(Console.extension(ConsoleOptions.defaults()))   // http://127.0.0.1:8470/
 *     .build();
 * }</pre>
 */
public final class Console implements AutoCloseable {

  private static final int THREADS = 4;

  private final HttpServer server;
  private final ExecutorService threads;
  private final URI uri;

  private Console(HttpServer server, ExecutorService threads) {
    this.server = server;
    this.threads = threads;
    InetSocketAddress bound = server.getAddress();
    String host = bound.getAddress().getHostAddress();
    this.uri = URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":"
        + bound.getPort() + "/");
  }

  /** Starts the console with the engine it belongs to, and stops it first when that closes. */
  public static EngineExtension extension(ConsoleOptions options) {
    if (options == null) {
      throw new IllegalArgumentException("options must not be null");
    }
    return engine -> start(engine, options);
  }

  /** Starts a console on {@code engine}; {@link #close()} stops it. */
  public static Console start(Engine engine, ConsoleOptions options) {
    if (engine == null || options == null) {
      throw new IllegalArgumentException((engine == null ? "engine" : "options")
          + " must not be null");
    }
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(options.address(), options.port()), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the console on "
          + options.address().getHostAddress() + ":" + options.port() + ": " + e.getMessage()
          + (options.port() == 0 ? "" : "; choose another port with ConsoleOptions.port(...)"),
          e);
    }
    ExecutorService threads = Executors.newFixedThreadPool(THREADS, task -> {
      Thread thread = new Thread(task, "resumable-console");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(threads);
    server.createContext("/", new ConsoleHandler(engine, new Access(options.token())));
    server.start();
    return new Console(server, threads);
  }

  /** Where the console is, e.g. {@code http://127.0.0.1:8470/}. */
  public URI uri() {
    return uri;
  }

  /** Stops listening, lets requests in progress finish for up to a second, and stops. */
  @Override
  public void close() {
    server.stop(1);
    threads.shutdown();
    try {
      threads.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
