package dev.resumable.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.resumable.Engine;
import dev.resumable.NoSuchInstanceException;
import dev.resumable.ResumableException;
import dev.resumable.store.StoredInstance;
import java.io.IOException;

/** Routes the console's requests: two pages to GET, actions to POST, everything else refused. */
final class ConsoleHandler implements HttpHandler {

  private static final System.Logger LOG = System.getLogger(Console.class.getName());
  private static final java.util.Set<String> ACTIONS = java.util.Set.of("/cancel", "/retry");

  private final Engine engine;
  private final Access access;
  ConsoleHandler(Engine engine, Access access) {
    this.engine = engine;
    this.access = access;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    Request request = new Request(exchange);
    try {
      if (access.admit(request)) {
        route(request);
      }
    } catch (Request.BadRequest e) {
      request.text(400, e.getMessage());
    } catch (NoSuchInstanceException e) {
      request.html(404, errorPage(e.getMessage()));
    } catch (ResumableException | IllegalArgumentException e) {
      // the engine refused: a finished instance, an unreadable one, a bad id; nothing changed
      request.html(409, errorPage(e.getMessage()));
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.ERROR, "console request " + request.path() + " failed", e);
      request.text(500, "internal error: " + e);
    } finally {
      exchange.close();
    }
  }

  private void route(Request request) throws IOException {
    String path = request.path();
    boolean get = request.method().equals("GET");
    boolean post = request.method().equals("POST");
    if (path.equals("/") && get) {
      request.html(200, ListPage.render(engine, ListFilter.of(request)));
    } else if (path.equals("/instance") && get) {
      String id = required(request.query("id"), "id");
      request.html(200, DetailPage.render(stored(id), engine.inspect(id), engine.status(id),
          access.csrfToken()));
    } else if (path.equals("/cancel") && post) {
      if (access.csrfHolds(request)) {
        String id = required(request.form("id"), "id");
        stored(id);
        engine.cancel(id);
        request.redirect(Html.url("/instance", "id", id));
      }
    } else if (path.equals("/retry") && post) {
      if (access.csrfHolds(request)) {
        String id = required(request.form("id"), "id");
        stored(id);
        engine.retry(id);
        request.redirect(Html.url("/instance", "id", id));
      }
    } else if (path.equals("/") || path.equals("/instance") || ACTIONS.contains(path)) {
      request.exchange().getResponseHeaders().set("Allow", ACTIONS.contains(path) ? "POST"
          : "GET");
      request.text(405, request.method() + " is not allowed on " + path);
    } else {
      request.text(404, "no such page: " + path);
    }
  }

  private StoredInstance stored(String id) {
    return engine.store().load(id).orElseThrow(() -> new NoSuchInstanceException(id));
  }

  private static String required(String value, String name) {
    if (value == null) {
      throw new Request.BadRequest("the parameter " + name + " is missing");
    }
    return value;
  }

  private static String errorPage(String message) {
    return new Html("Refused").markup("<h1>Refused</h1><p id=\"error\" class=\"error\">")
        .text(message).markup("</p>").finish();
  }
}
