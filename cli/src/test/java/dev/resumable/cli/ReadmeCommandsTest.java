package dev.resumable.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The README's examples of the tool, as written: every {@code resumable ...} line of the shell
 * blocks of its "Operating Resumable" section is a command line the tool accepts.
 */
class ReadmeCommandsTest {

  private static final String SECTION = "## Operating Resumable";

  @Test
  void everyExampleIsACommandLineTheToolAccepts() throws Exception {
    List<String> examples = examples(Files.readAllLines(
        Path.of(System.getProperty("resumable.readme"))));
    assertFalse(examples.isEmpty(), "no resumable command in the README's shell blocks");
    for (String example : examples) {
      List<String> words = words(example);
      CommandLine cli = new CommandLine(new ResumableCli());
      cli.setCaseInsensitiveEnumValuesAllowed(true);
      try {
        cli.parseArgs(words.subList(1, words.size()).toArray(String[]::new));
      } catch (CommandLine.ParameterException e) {
        throw new AssertionError("the README's \"" + example + "\": " + e.getMessage(), e);
      }
    }
  }

  @Test
  void wordsAreSplitAsAShellSplitsThem() {
    assertEquals(List.of("resumable", "resume", "a", "{\"x\": 1}", "--store", "f"),
        words("resumable resume a '{\"x\": 1}' --store f"));
  }

  /** The lines starting with {@code resumable } in the section's {@code sh} blocks. */
  private static List<String> examples(List<String> readme) {
    List<String> examples = new ArrayList<>();
    boolean inShell = false;
    for (int i = readme.indexOf(SECTION) + 1; i < readme.size()
        && !readme.get(i).startsWith("## "); i++) {
      String line = readme.get(i);
      if (line.startsWith("```")) {
        inShell = !inShell && line.equals("```sh");
      } else if (inShell && line.startsWith("resumable ")) {
        examples.add(line);
      }
    }
    return examples;
  }

  /** Words separated by spaces, where single quotes keep spaces and double quotes as they are. */
  private static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean inWord = false;
    for (char c : line.toCharArray()) {
      if (c == '\'') {
        quoted = !quoted;
        inWord = true;
      } else if (c == ' ' && !quoted) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
