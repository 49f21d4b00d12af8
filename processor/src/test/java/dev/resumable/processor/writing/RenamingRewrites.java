package dev.resumable.processor.writing;

import javax.lang.model.element.VariableElement;

/** Renames every local variable and parameter {@code name} to {@code name_1}. */
class RenamingRewrites extends KeepingRewrites {
  @Override
  public String localName(VariableElement local) {
    return local.getSimpleName() + "_1";
  }
}
