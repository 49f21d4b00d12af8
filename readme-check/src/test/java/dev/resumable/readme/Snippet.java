package dev.resumable.readme;

/**
 * A fenced block of the README that a comment just above it assigns to a file of the project:
 * {@code <!-- file: pom.xml -->} for a whole file, {@code <!-- file: pom.xml, in <dependencies> -->}
 * for content that goes at the end of that element of the file.
 *
 * @param path the file, relative to the project
 * @param element the element it goes into, or null for the whole file
 * @param text the block's text
 * @param line the README line of the comment, for messages
 */
record Snippet(String path, String element, String text, int line) {

  boolean isWholeFile() {
    return element == null;
  }
}
