package dev.resumable.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.resumable.Engine;
import dev.resumable.Status;
import dev.resumable.console.app.Resumer;
import dev.resumable.store.h2.H2Store;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who the console answers, which actions it takes, and what its pages show of stored data. */
class ConsoleAccessTest {

  private static final String TOKEN = "correct-horse-battery-staple";
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

  private final HttpClient http = HttpClient.newHttpClient();

  @TempDir
  Path directory;

  private Engine engine;
  private Console console;

  private void start(ConsoleOptions.Builder options) {
    engine = Engine.builder().store(H2Store.open(directory.resolve("refunds"))).build();
    RefundStore.fill(engine);
    console = Console.start(engine, options.port(0).build());
  }

  @AfterEach
  void stop() {
    if (console != null) {
      console.close();
    }
    if (engine != null) {
      engine.close();
    }
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(console.uri().resolve(path));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> post(String path, String form, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(console.uri().resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String csrfOf(HttpResponse<String> page) {
    Matcher csrf = CSRF.matcher(page.body());
    assertTrue(csrf.find(), page.body());
    return csrf.group(1);
  }

  @Test
  void onLoopbackWithoutATokenThePagesAnswer() throws Exception {
    start(ConsoleOptions.builder());
    assertEquals("127.0.0.1", console.uri().getHost());
    HttpResponse<String> list = get("/");
    assertEquals(200, list.statusCode());
    assertTrue(list.body().contains(">WAITING 2</a>"), list.body());
    assertTrue(list.headers().firstValue("Content-Security-Policy").orElseThrow()
        .contains("frame-ancestors 'none'"));
  }

  @Test
  void aRequestForAnotherHostIsRefused() throws Exception {
    start(ConsoleOptions.builder());
    // what a page of evil.example sends after rebinding its name to 127.0.0.1
    HttpResponse<String> rebound = get("/", "Host", "evil.example:" + console.uri().getPort());
    assertEquals(403, rebound.statusCode());
  }

  @Test
  void aConsoleBoundBeyondLoopbackNeedsAToken() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ConsoleOptions.builder().bind("0.0.0.0").build());
    assertTrue(e.getMessage().contains("needs an access token"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> ConsoleOptions.builder().token("short"));
  }

  @Test
  void withATokenRequestsWithoutItAreRefused() throws Exception {
    start(ConsoleOptions.builder().token(TOKEN));
    assertEquals(401, get("/").statusCode());
    assertEquals(401, get("/instance?id=" + RefundStore.FAILED).statusCode());
    assertEquals(401, get("/", "Authorization", "Bearer wrong-token-of-some-length")
        .statusCode());
    assertEquals(401, get("/?token=wrong-token-of-some-length").statusCode());
    assertEquals(401, post("/cancel", "id=" + RefundStore.WAITING).statusCode());
    assertEquals(Status.WAITING, engine.status(RefundStore.WAITING).status());
  }

  @Test
  void theTokenComesAsAHeaderOrOnceInTheAddressThenAsACookie() throws Exception {
    start(ConsoleOptions.builder().token(TOKEN));
    assertEquals(200, get("/", "Authorization", "Bearer " + TOKEN).statusCode());
    HttpResponse<String> first = get("/?token=" + TOKEN);
    assertEquals(303, first.statusCode());
    assertEquals("/", first.headers().firstValue("Location").orElseThrow());
    String cookie = first.headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);
    assertEquals(200, get("/", "Cookie", cookie.substring(0, cookie.indexOf(';')))
        .statusCode());
  }

  @Test
  void anActionWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
    start(ConsoleOptions.builder().token(TOKEN));
    String auth = "Bearer " + TOKEN;
    assertEquals(403, post("/cancel", "id=" + RefundStore.WAITING, "Authorization", auth)
        .statusCode());
    assertEquals(403, post("/cancel", "id=" + RefundStore.WAITING + "&csrf=forged",
        "Authorization", auth).statusCode());
    assertEquals(405, get("/cancel?id=" + RefundStore.WAITING, "Authorization", auth)
        .statusCode());
    assertEquals(Status.WAITING, engine.status(RefundStore.WAITING).status());

    String csrf = csrfOf(get("/instance?id=" + RefundStore.WAITING, "Authorization", auth));
    HttpResponse<String> cancelled = post("/cancel", "id=" + RefundStore.WAITING + "&csrf="
        + csrf, "Authorization", auth);
    assertEquals(303, cancelled.statusCode());
    assertEquals(Status.CANCELLED, engine.status(RefundStore.WAITING).status());
  }

  @Test
  void refusedActionsSayWhyAndChangeNothing() throws Exception {
    start(ConsoleOptions.builder());
    String csrf = csrfOf(get("/instance?id=" + RefundStore.WAITING));
    HttpResponse<String> finished = post("/cancel", "id=" + RefundStore.COMPLETED + "&csrf="
        + csrf);
    assertEquals(409, finished.statusCode());
    assertTrue(finished.body().contains("is COMPLETED"), finished.body());
    assertEquals(404, post("/cancel", "id=nobody&csrf=" + csrf).statusCode());
    assertEquals(404, get("/instance?id=nobody").statusCode());
    assertEquals(400, get("/?status=STUCK").statusCode());
    assertEquals(400, get("/?cursor=not-a-cursor").statusCode());
    assertEquals(400, get("/instance").statusCode());
  }

  @Test
  void aFailedInstanceShowsWhenItFailedAndItsCheckpoint() throws Exception {
    start(ConsoleOptions.builder());
    String failed = get("/instance?id=" + RefundStore.FAILED).body();
    assertTrue(failed.contains("failed at <span id=\"since\">20"), failed);
    assertTrue(failed.contains("<ol id=\"failed-in\"><li><code>dev.resumable.console.app.Refunds"
        + ".refund(Refunds.java:16)</code></li></ol>"), failed);
    assertTrue(failed.contains("<p id=\"checkpoint\">Committed "), failed);
    assertTrue(failed.contains("waiting for event &#34;approval&#34; (Approval); the failed step"
        + " continued it with event &#34;approval&#34; (Approval)"), failed);
    assertTrue(failed.contains("<div id=\"checkpoint-stack\"><h3><code>"
        + "dev.resumable.console.app.Refunds.refund(Refunds.java:14)</code>"), failed);
    engine.cancel(RefundStore.WAITING);
    assertTrue(get("/instance?id=" + RefundStore.WAITING).body()
        .contains("cancelled at <span id=\"since\">"));
  }

  @Test
  void theRetryButtonRunsAFailedInstanceAgainWithTheCsrfTokenOnly() throws Exception {
    start(ConsoleOptions.builder());
    HttpResponse<String> page = get("/instance?id=" + RefundStore.FAILED);
    assertTrue(page.body().contains("<form class=\"inline\" id=\"retry\" method=\"post\""
        + " action=\"/retry\">"), page.body());
    long revision = engine.store().load(RefundStore.FAILED).orElseThrow().revision();
    assertEquals(403, post("/retry", "id=" + RefundStore.FAILED).statusCode());
    assertEquals(405, get("/retry?id=" + RefundStore.FAILED).statusCode());
    assertEquals(revision, engine.store().load(RefundStore.FAILED).orElseThrow().revision());

    HttpResponse<String> retried = post("/retry", "id=" + RefundStore.FAILED + "&csrf="
        + csrfOf(page));

    assertEquals(303, retried.statusCode());
    // The same approval is over the same limit: it failed again, by a new commit.
    assertEquals(revision + 1, engine.store().load(RefundStore.FAILED).orElseThrow().revision());
    assertEquals(Status.FAILED, engine.status(RefundStore.FAILED).status());
    HttpResponse<String> waiting = post("/retry", "id=" + RefundStore.WAITING + "&csrf="
        + csrfOf(page));
    assertEquals(409, waiting.statusCode());
    assertTrue(waiting.body().contains("only a FAILED instance is retried"), waiting.body());
    assertFalse(get("/instance?id=" + RefundStore.WAITING).body().contains("id=\"retry\""));
  }

  @Test
  void theListFiltersByTimesParentAndASearchAttribute() throws Exception {
    start(ConsoleOptions.builder());
    Resumer.on(engine).startRefundBoth("batch-1", "ORD-5", "ORD-6", BigDecimal.ONE);
    Resumer.on(engine).startRefundBoth("batch-2", "ORD-7", "ORD-8", new BigDecimal("450.00"));

    String branches = get("/?parent=batch-1").body();
    assertTrue(branches.contains(">batch-1/1</a>") && branches.contains(">batch-1/2</a>"),
        branches);
    assertFalse(branches.contains(">batch-2/1</a>") || branches.contains(">batch-1</a>"),
        branches);
    assertTrue(branches.contains("name=\"parent\" value=\"batch-1\""), "the form shows it");

    String byFirst = get("/?attr=first&value=ORD-7").body();
    assertTrue(byFirst.contains(">batch-2</a>"), byFirst);
    assertFalse(byFirst.contains(">batch-1</a>"), byFirst);
    String byTotal = get("/?attr=total&value=900&type=number").body();
    assertTrue(byTotal.contains(">batch-2</a>"), "900 finds 900.00: " + byTotal);
    assertFalse(byTotal.contains(">batch-1</a>"), byTotal);
    assertTrue(byTotal.contains("<option value=\"number\" selected>"), byTotal);
    assertTrue(get("/?attr=total&value=900").body().contains("id=\"none\""),
        "a string 900 is not the number 900");

    String before = get("/?started=1999-12-31&startedBefore=2000-01-01T00:00").body();
    assertTrue(before.contains("id=\"none\""), "nothing started in 1999: " + before);
    String since = get("/?changed=2000-01-01T00:00:00Z&status=WAITING").body();
    assertTrue(since.contains(">" + RefundStore.WAITING + "</a>")
        && since.contains(">batch-1/1</a>"), since);
    assertTrue(since.contains("name=\"changed\" value=\"2000-01-01T00:00:00Z\""), since);
  }

  @Test
  void filterFieldsThatCannotBeReadAreRefusedNamingTheField() throws Exception {
    start(ConsoleOptions.builder());
    HttpResponse<String> time = get("/?started=yesterday");
    assertEquals(400, time.statusCode());
    assertTrue(time.body().contains("started from must be a time such as"), time.body());
    HttpResponse<String> number = get("/?attr=total&value=lots&type=number");
    assertEquals(400, number.statusCode());
    assertTrue(number.body().contains("attribute total must be a number"), number.body());
    HttpResponse<String> nameless = get("/?value=ORD-1");
    assertEquals(400, nameless.statusCode());
    assertTrue(nameless.body().contains("the attribute's name is missing"), nameless.body());
    assertEquals(400, get("/?attr=first&value=ORD-1&type=colour").statusCode());
    HttpResponse<String> empty = get("/?started=2030-01-02&startedBefore=2030-01-01");
    assertEquals(400, empty.statusCode());
    assertTrue(empty.body().contains("is empty"), empty.body());
  }

  @Test
  void storedTextIsEscapedWhereverAPageShowsIt() throws Exception {
    start(ConsoleOptions.builder());
    String id = "x\"><script>alert(1)</script>";
    Resumer.on(engine).startRefund(id, "<img src=x onerror=alert(2)>", BigDecimal.ONE);
    String list = get("/").body();
    String detail = get("/instance?id=" + java.net.URLEncoder.encode(id, "UTF-8")).body();
    for (String page : new String[] {list, detail}) {
      assertFalse(page.contains("<script>alert(1)"), page);
      assertTrue(page.contains("x&#34;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), page);
    }
    assertFalse(detail.contains("<img src=x"), detail);
    assertTrue(detail.contains("&lt;img src=x onerror=alert(2)&gt;"), detail);
  }

  @Test
  void theEngineStartsAndStopsItsConsoleAsAnExtension() throws Exception {
    AtomicReference<Console> started = new AtomicReference<>();
    try (Engine withConsole = Engine.builder().store(H2Store.open(directory.resolve("ext")))
        .extension(e -> {
          started.set(Console.start(e, ConsoleOptions.builder().port(0).build()));
          return started.get();
        }).build()) {
      console = started.get();
      assertEquals(200, get("/").statusCode());
    }
    URI stopped = started.get().uri();
    console = null;
    assertThrows(java.net.ConnectException.class, () -> http.send(
        HttpRequest.newBuilder(stopped).build(), HttpResponse.BodyHandlers.ofString()));
  }
}
