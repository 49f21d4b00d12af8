package dev.resumable.processor.debug;

/**
 * Where a generated state machine's code comes from: the workflow's source file and the
 * generated one, by name and by path relative to a source root, as a source map names them.
 */
record FrameSource(String sourceFile, String sourcePath, String generatedFile,
    String generatedPath) {

  static FrameSource of(String packageName, String sourceFile, String frameSimpleName) {
    String directory = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
    String generatedFile = frameSimpleName + ".java";
    return new FrameSource(sourceFile, directory + sourceFile, generatedFile,
        directory + generatedFile);
  }
}
