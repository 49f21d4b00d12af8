package dev.resumable.console;

import org.owasp.encoder.Encode;

/**
 * Builds a page. Everything that comes from the store (ids, locals, messages) goes through the
 * OWASP encoder for the context it lands in; only the page's own markup is appended as is.
 */
final class Html {

  private static final String STYLE = """
      body{font:14px system-ui,sans-serif;margin:1.5em;color:#222}
      h1{font-size:1.4em} h2{font-size:1.1em;margin-top:1.5em}
      table{border-collapse:collapse} td,th{padding:.3em .8em;border-bottom:1px solid #ddd;
      text-align:left;vertical-align:top;white-space:nowrap} th{background:#f4f4f4}
      .status{font-weight:600} .FAILED,.UNREADABLE{color:#b00020} .WAITING{color:#0b5394}
      .COMPLETED{color:#2e7d32} .CANCELLED{color:#777}
      pre{background:#f7f7f7;padding:.6em;overflow:auto} nav a{margin-right:1em}
      form.inline{display:inline} .error{color:#b00020}
      """;

  private final StringBuilder page = new StringBuilder();

  Html(String title) {
    page.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(Encode.forHtml(title)).append(" · Resumable</title><style>").append(STYLE)
        .append("</style></head><body><nav><a href=\"/\">Instances</a></nav>");
  }

  /** Page markup written here, never data. */
  Html markup(String markup) {
    page.append(markup);
    return this;
  }

  /** Text from anywhere, escaped for an element's content. */
  Html text(Object text) {
    page.append(Encode.forHtml(String.valueOf(text)));
    return this;
  }

  /** {@code <tag class=...>text</tag>}, the text escaped. */
  Html element(String tag, String cssClass, Object text) {
    page.append('<').append(tag);
    if (cssClass != null) {
      page.append(" class=\"").append(Encode.forHtmlAttribute(cssClass)).append('"');
    }
    page.append('>');
    text(text == null ? "" : text);
    page.append("</").append(tag).append('>');
    return this;
  }

  /** A link to {@code path?name=value...}, each value escaped as a URL component. */
  Html link(String text, String path, String... nameValues) {
    page.append("<a href=\"").append(Encode.forHtmlAttribute(url(path, nameValues))).append("\">")
        .append(Encode.forHtml(text)).append("</a>");
    return this;
  }

  /** A hidden form field; its value escaped for the attribute. */
  Html hidden(String name, String value) {
    page.append("<input type=\"hidden\" name=\"").append(Encode.forHtmlAttribute(name))
        .append("\" value=\"").append(Encode.forHtmlAttribute(value)).append("\">");
    return this;
  }

  static String url(String path, String... nameValues) {
    StringBuilder url = new StringBuilder(path);
    for (int i = 0; i + 1 < nameValues.length; i += 2) {
      if (nameValues[i + 1] != null) {
        url.append(url.indexOf("?") < 0 ? '?' : '&').append(nameValues[i]).append('=')
            .append(Encode.forUriComponent(nameValues[i + 1]));
      }
    }
    return url.toString();
  }

  String finish() {
    return page.append("</body></html>").toString();
  }
}
