package dev.resumable.processor.debug;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Adds a source map to the class file of a generated state machine, with ASM: the lines of its
 * {@code run} method are mapped through the line table, all others to the generated file. Only the
 * {@code SourceDebugExtension} attribute changes; the code and its own line table stay as javac
 * wrote them.
 */
final class SourceDebugExtension {

  private static final String RUN = "run";

  private SourceDebugExtension() {}

  /** The class file with the map added; unchanged if no line of {@code run} maps to the source. */
  static byte[] add(byte[] classFile, FrameSource frame, LineTable table) {
    ClassReader reader = new ClassReader(classFile);
    SourceMap map = new SourceMap(frame);
    reader.accept(new LineCollector(map, table), ClassReader.SKIP_FRAMES);
    if (!map.mapsAnySourceLine()) {
      return classFile;
    }
    String smap = map.text();
    ClassWriter writer = new ClassWriter(reader, 0);
    reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
      @Override
      public void visitSource(String source, String debug) {
        super.visitSource(source, smap);
      }
    }, 0);
    return writer.toByteArray();
  }

  /** Reads every method's line numbers into the map. */
  private static final class LineCollector extends ClassVisitor {

    private final SourceMap map;
    private final LineTable table;

    LineCollector(SourceMap map, LineTable table) {
      super(Opcodes.ASM9);
      this.map = map;
      this.table = table;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor,
        String signature, String[] exceptions) {
      // A lambda in run is compiled to a method of its own, with lines of run's text.
      boolean run = name.equals(RUN) || name.startsWith("lambda$" + RUN + "$");
      List<Integer> lines = new ArrayList<>();
      return new MethodVisitor(Opcodes.ASM9) {
        @Override
        public void visitLineNumber(int line, Label start) {
          lines.add(line);
        }

        @Override
        public void visitEnd() {
          for (int line : lines) {
            if (run) {
              map.runLine(line, table.sourceLineAt(line));
            } else {
              map.generatedLine(line);
            }
          }
        }
      };
    }
  }
}
