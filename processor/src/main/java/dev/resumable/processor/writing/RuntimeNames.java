package dev.resumable.processor.writing;

import com.palantir.javapoet.ClassName;

/** Runtime classes that generated code refers to. */
final class RuntimeNames {

  static final ClassName FRAME = ClassName.get("dev.resumable.machine", "Frame");
  static final ClassName FRAME_TYPE = ClassName.get("dev.resumable.machine", "FrameType");
  static final ClassName ENTRY_START = ClassName.get("dev.resumable.machine", "EntryStart");
  static final ClassName FRAME_CATALOG = ClassName.get("dev.resumable.machine", "FrameCatalog");
  static final ClassName STATE_MACHINE = ClassName.get("dev.resumable.machine", "StateMachine");
  static final ClassName STEP = ClassName.get("dev.resumable.machine", "Step");
  static final ClassName LOCALS_WRITER = ClassName.get("dev.resumable.machine", "LocalsWriter");
  static final ClassName LOCALS_READER = ClassName.get("dev.resumable.machine", "LocalsReader");
  static final ClassName FOR_EACH = ClassName.get("dev.resumable.machine", "ForEach");
  static final ClassName ENGINE = ClassName.get("dev.resumable", "Engine");
  static final ClassName ARGUMENTS = ClassName.get("dev.resumable", "Arguments");
  static final ClassName OUTCOME = ClassName.get("dev.resumable", "Outcome");
  static final ClassName TYPE_REF = ClassName.get("dev.resumable.codec", "TypeRef");
  static final ClassName GENERATED =
      ClassName.get("javax.annotation.processing", "Generated");
  static final String PROCESSOR = "dev.resumable.processor.ResumableProcessor";

  private RuntimeNames() {}
}
