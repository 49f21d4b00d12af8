package dev.resumable.processor.plugin;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;

/** An error to report at {@code tree}, which lies in {@code unit}. */
record Finding(Tree tree, CompilationUnitTree unit, String message) {}
