package dev.resumable.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Turns the JSON of an event given on the command line into an object of the payload class the
 * workflow waits for, loaded from the application's class path. Strict, so that a typo in a
 * field name or a field left out is an error rather than a default value that the workflow
 * would take for real.
 */
final class PayloadDecoder {

  private static final ObjectMapper STRICT = new ObjectMapper()
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

  private final ClassLoader loader;
  private final ApplicationOptions application;

  PayloadDecoder(Session session) {
    this.loader = session.classLoader();
    this.application = session.application();
  }

  /** {@code json} is the JSON text, or "-" for standard input. */
  Object decode(String json, String typeName, String event) {
    Class<?> type = load(typeName, event);
    if (com.google.protobuf.MessageLite.class.isAssignableFrom(type)) {
      throw new CliException(ExitCode.REFUSED, "the payload of event \"" + event + "\" is the"
          + " protobuf message " + typeName + "; the tool decodes JSON payloads into plain Java"
          + " classes and records only, so deliver this one from the application");
    }
    Object payload;
    try {
      payload = STRICT.readValue(text(json), type);
    } catch (JsonProcessingException e) {
      throw new CliException(ExitCode.USAGE, "the payload is not a JSON " + type.getName()
          + ": " + e.getOriginalMessage());
    }
    if (payload == null) {
      throw new CliException(ExitCode.USAGE, "the payload is null; an event carries a value");
    }
    return payload;
  }

  private Class<?> load(String typeName, String event) {
    try {
      return Class.forName(typeName, false, loader);
    } catch (ClassNotFoundException e) {
      throw new CliException(ExitCode.APPLICATION_MISSING, "the payload class " + typeName
          + " of event \"" + event + "\" is not on the class path"
          + application.missingClassesHint());
    }
  }

  private static String text(String json) {
    if (!json.equals("-")) {
      return json;
    }
    try (InputStream in = System.in) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(ExitCode.USAGE, "could not read the payload from standard input: "
          + e.getMessage());
    }
  }
}
