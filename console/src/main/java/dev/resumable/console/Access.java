package dev.resumable.console;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

/**
 * Who may use the console. With an access token, every request carries it (header {@code
 * Authorization: Bearer TOKEN}, or the cookie set when the console is first opened with {@code
 * ?token=TOKEN}). Without one the console is bound to loopback, and requests must name a loopback
 * host: a page of another site that rebinds its own name to 127.0.0.1 is refused. Actions need
 * the console's CSRF token, which only its own pages carry.
 */
final class Access {

  static final String COOKIE = "resumable_console";

  private static final Set<String> LOOPBACK_NAMES = Set.of("127.0.0.1", "localhost", "[::1]");

  private final byte[] token;
  private final String csrf;

  Access(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.US_ASCII);
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    this.csrf = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
  }

  /** The value every form of the console posts as {@code csrf}. */
  String csrfToken() {
    return csrf;
  }

  /** Whether {@code request} may go on; if not, it has been answered. */
  boolean admit(Request request) throws IOException {
    if (token == null) {
      if (!LOOPBACK_NAMES.contains(hostName(request.header("Host")))) {
        request.text(403, "this console answers requests for 127.0.0.1 or localhost only");
        return false;
      }
      return true;
    }
    if (matches(bearer(request)) || matches(cookie(request))) {
      return true;
    }
    if (request.method().equals("GET") && matches(request.query("token"))) {
      // Into a cookie, and out of the address bar, the history and the logs.
      request.setCookie(COOKIE + "=" + new String(token, StandardCharsets.US_ASCII)
          + "; Path=/; HttpOnly; SameSite=Strict");
      request.redirect(request.path());
      return false;
    }
    request.text(401, "this console needs its access token: open it once as /?token=TOKEN, or"
        + " send the header Authorization: Bearer TOKEN");
    return false;
  }

  /** Whether the posted form carries the console's CSRF token; if not, it has been answered. */
  boolean csrfHolds(Request request) throws IOException {
    String posted = request.form("csrf");
    if (posted != null && MessageDigest.isEqual(posted.getBytes(StandardCharsets.UTF_8),
        csrf.getBytes(StandardCharsets.UTF_8))) {
      return true;
    }
    request.text(403, "refused: the form does not carry this console's CSRF token; reload the"
        + " console's page and submit it from there");
    return false;
  }

  private boolean matches(String given) {
    return given != null
        && MessageDigest.isEqual(given.getBytes(StandardCharsets.US_ASCII), token);
  }

  private static String bearer(Request request) {
    String authorization = request.header("Authorization");
    return authorization != null && authorization.startsWith("Bearer ")
        ? authorization.substring("Bearer ".length()).strip() : null;
  }

  private static String cookie(Request request) {
    for (String header : request.headers("Cookie")) {
      for (String pair : header.split(";")) {
        String[] nameValue = pair.strip().split("=", 2);
        if (nameValue.length == 2 && nameValue[0].equals(COOKIE)) {
          return nameValue[1];
        }
      }
    }
    return null;
  }

  /** The host of a Host header, without its port. */
  private static String hostName(String host) {
    if (host == null) {
      return "";
    }
    int colon = host.lastIndexOf(':');
    return colon > host.lastIndexOf(']') ? host.substring(0, colon) : host;
  }
}
