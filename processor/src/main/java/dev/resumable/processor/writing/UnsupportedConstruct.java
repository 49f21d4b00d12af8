package dev.resumable.processor.writing;

import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;

/**
 * A construct of the original method that generated code cannot express with the same meaning, such
 * as {@code super.m()} on the workflow class or access to one of its private members.
 *
 * <p>Thrown instead of printing code that would compile but behave differently. The path lets
 * callers report the problem at the offending source position.
 */
public final class UnsupportedConstruct extends RuntimeException {
  private static final long serialVersionUID = 1L;

  // Trees are not serializable; the path is only meaningful during annotation processing anyway.
  private final transient TreePath path;
  private final String description;

  public UnsupportedConstruct(TreePath path, String description) {
    super(description + ": " + excerpt(path.getLeaf()));
    this.path = path;
    this.description = description;
  }

  /** The tree that cannot be printed, with its ancestry. */
  public TreePath path() {
    return path;
  }

  /** What is unsupported, without the source excerpt that {@link #getMessage()} appends. */
  public String description() {
    return description;
  }

  private static String excerpt(Tree tree) {
    String text = String.valueOf(tree).replaceAll("\\s+", " ").trim();
    return text.length() <= 80 ? text : text.substring(0, 77) + "...";
  }
}
