package dev.resumable.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.resumable.processor.model.Point;
import dev.resumable.processor.model.StepSpec;
import java.util.List;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** {@code StepCall.of(...)}: a durable step's codecs and retry policy, for the frame's TYPE. */
final class StepCallCode {

  private static final ClassName STEP_CALL = ClassName.get("dev.resumable.machine", "StepCall");
  private static final ClassName POLICY = STEP_CALL.nestedClass("RetryPolicy");
  private static final ClassName DURATION = ClassName.get("java.time", "Duration");

  private StepCallCode() {}

  static CodeBlock of(Point point) {
    StepSpec spec = point.step();
    return of(point.source(), spec, spec.resultType().getKind() == TypeKind.VOID
        ? CodeBlock.of("null") : CodecExpressions.of(spec.resultType()));
  }

  /** A compensation's call: its result, if any, is not stored, as nothing takes it. */
  static CodeBlock of(String source, StepSpec spec) {
    return of(source, spec, CodeBlock.of("null"));
  }

  private static CodeBlock of(String source, StepSpec spec, CodeBlock resultCodec) {
    CodeBlock.Builder code = CodeBlock.builder().add("$T.of($S, $L, $L", STEP_CALL, source,
        resultCodec, policy(spec));
    spec.parameterTypes().forEach(t -> code.add(", $L", CodecExpressions.of(t)));
    code.add(")");
    return spec.transactional() ? code.add(".inTransaction()").build() : code.build();
  }

  private static CodeBlock policy(StepSpec spec) {
    return CodeBlock.of("new $T($L, $L, $L, $L, $L, $L, $L, $L)", POLICY, spec.maxAttempts(),
        duration(spec.initialBackoff()), spec.multiplier(), duration(spec.maxBackoff()),
        classes(spec.retryOn()), classes(spec.doNotRetry()), duration(spec.attemptTimeout()),
        duration(spec.deadline()));
  }

  private static CodeBlock duration(String iso) {
    return iso.isEmpty() ? CodeBlock.of("$T.ZERO", DURATION)
        : CodeBlock.of("$T.parse($S)", DURATION, iso);
  }

  private static CodeBlock classes(List<TypeMirror> types) {
    return CodeBlock.of("$T.of($L)", List.class, CodeBlock.join(types.stream()
        .map(t -> CodeBlock.of("$T.class", TypeName.get(t))).toList(), ", "));
  }
}
