package dev.resumable.console;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One request's parameters and the answers the console gives, over the JDK's HTTP server, which
 * parses HTTP; this only decodes the query string and the form body (URL-encoded, as browsers
 * send forms), and writes the console's headers.
 */
final class Request {

  /** A form of the console holds an id and a token: far less than this. */
  private static final int MAX_FORM_BYTES = 16 * 1024;

  private final HttpExchange exchange;
  private Map<String, String> form;

  Request(HttpExchange exchange) {
    this.exchange = exchange;
  }

  HttpExchange exchange() {
    return exchange;
  }

  String method() {
    return exchange.getRequestMethod();
  }

  String path() {
    return exchange.getRequestURI().getPath();
  }

  String header(String name) {
    return exchange.getRequestHeaders().getFirst(name);
  }

  List<String> headers(String name) {
    return exchange.getRequestHeaders().getOrDefault(name, List.of());
  }

  /** A query parameter; null if absent or empty. */
  String query(String name) {
    return blankToNull(decode(exchange.getRequestURI().getRawQuery()).get(name));
  }

  /** A field of the posted form; null if absent or empty. */
  String form(String name) throws IOException {
    if (form == null) {
      try (InputStream body = exchange.getRequestBody()) {
        byte[] bytes = body.readNBytes(MAX_FORM_BYTES + 1);
        if (bytes.length > MAX_FORM_BYTES) {
          throw new BadRequest("the form is larger than " + MAX_FORM_BYTES + " bytes");
        }
        form = decode(new String(bytes, StandardCharsets.US_ASCII));
      }
    }
    return blankToNull(form.get(name));
  }

  private static Map<String, String> decode(String encoded) {
    Map<String, String> values = new HashMap<>();
    if (encoded == null || encoded.isEmpty()) {
      return values;
    }
    for (String pair : encoded.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      try {
        values.putIfAbsent(URLDecoder.decode(name, StandardCharsets.UTF_8),
            URLDecoder.decode(value, StandardCharsets.UTF_8));
      } catch (IllegalArgumentException e) {
        throw new BadRequest("a parameter is not URL-encoded: " + e.getMessage());
      }
    }
    return values;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  void html(int status, String page) throws IOException {
    send(status, "text/html; charset=utf-8", page);
  }

  void text(int status, String message) throws IOException {
    send(status, "text/plain; charset=utf-8", message + "\n");
  }

  /** 303: after an action, the browser loads {@code location} with a GET. */
  void redirect(String location) throws IOException {
    secure();
    exchange.getResponseHeaders().set("Location", location);
    exchange.sendResponseHeaders(303, -1);
    exchange.close();
  }

  void setCookie(String cookie) {
    exchange.getResponseHeaders().add("Set-Cookie", cookie);
  }

  private void send(int status, String type, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    secure();
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.sendResponseHeaders(status, bytes.length);
    try (var out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** Nothing of another site may frame, script or read the console's pages. */
  private void secure() {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline';"
        + " img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("Cache-Control", "no-store");
  }

  /** A request the console refuses with 400 and this message. */
  static final class BadRequest extends RuntimeException {
    BadRequest(String message) {
      super(message);
    }
  }
}
