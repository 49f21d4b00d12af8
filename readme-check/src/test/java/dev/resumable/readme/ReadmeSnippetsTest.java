package dev.resumable.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadmeSnippetsTest {

  private static final String README = """
      # Title

      ## Add it

      <!-- file: pom.xml -->
      ```xml
      <project>
        <dependencies>
        </dependencies>
      </project>
      ```

      ## Use it

      <!-- file: src/main/java/A.java -->
      ```java
      class A {}
      ```

      ```java
      class Unchecked {}
      ```

      ```
      output, not code
      ```

      <!-- file: pom.xml, in <dependencies> -->
      ```xml
      <dependency>
        <artifactId>x</artifactId>
      </dependency>
      ```
      """;

  @Test
  void wholeFilesAreTakenAsWritten() {
    Map<String, String> files = ReadmeSnippets.files(new ReadmeSnippets(README).snippets());
    assertEquals("class A {}\n", files.get("src/main/java/A.java"));
  }

  @Test
  void anElementSnippetGoesAtTheEndOfThatElementIndentedToIt() {
    Map<String, String> files = ReadmeSnippets.files(new ReadmeSnippets(README).snippets());
    assertEquals("""
        <project>
          <dependencies>
            <dependency>
              <artifactId>x</artifactId>
            </dependency>
          </dependencies>
        </project>
        """, files.get("pom.xml"));
  }

  @Test
  void javaAndXmlBlocksWithoutAMarkAreFound() {
    ReadmeSnippets readme = new ReadmeSnippets(README);
    assertEquals(List.of(), readme.unmarkedCodeIn("Add it"));
    assertEquals(List.of(20), readme.unmarkedCodeIn("Use it"));
  }

  @Test
  void aMarkAwayFromItsBlockIsAnError() {
    ReadmeSnippets readme = new ReadmeSnippets("<!-- file: A.java -->\n\n```java\nclass A {}\n```\n");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, readme::snippets);
    assertTrue(e.getMessage().contains("README line 1"), e.getMessage());
  }

  @Test
  void anElementSnippetForAFileWithoutThatElementIsAnError() {
    ReadmeSnippets readme = new ReadmeSnippets("""
        <!-- file: pom.xml -->
        ```xml
        <project/>
        ```
        <!-- file: pom.xml, in <dependencies> -->
        ```xml
        <dependency/>
        ```
        """);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ReadmeSnippets.files(readme.snippets()));
    assertTrue(e.getMessage().contains("no </dependencies>"), e.getMessage());
  }

  @Test
  void aMissingSectionIsAnError() {
    assertThrows(IllegalArgumentException.class,
        () -> new ReadmeSnippets(README).unmarkedCodeIn("Nowhere"));
  }
}
