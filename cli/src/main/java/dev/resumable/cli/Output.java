package dev.resumable.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.PrintWriter;
import picocli.CommandLine.Option;

/** Where a command writes its answer: a table or text for people, or JSON for scripts. */
final class Output {

  static final ObjectMapper JSON = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(SerializationFeature.INDENT_OUTPUT);

  @Option(names = "--json", description = "Print JSON instead of text, for scripts.")
  boolean json;

  /** Prints {@code value} as JSON if {@code --json} was given, else what {@code text} writes. */
  void print(PrintWriter out, Object value, Runnable text) {
    if (json) {
      try {
        out.println(JSON.writeValueAsString(value));
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("could not write " + value.getClass() + " as JSON", e);
      }
    } else {
      text.run();
    }
    out.flush();
  }
}
