package dev.resumable.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Start methods keep their names whatever else the package holds. */
class StartNamesTest {

  private static JavaFileObject workflow(String name, String annotation, String parameters) {
    return JavaFileObjects.forSourceString("test." + name, """
        package test;

        import dev.resumable.Await;
        import dev.resumable.Resumable;

        public class %s {
          %s
          public String getGreeting(%s) {
            return Await.event("name", String.class);
          }
        }
        """.formatted(name, annotation, parameters));
  }

  private static String resumer(Compilation compilation) throws IOException {
    return compilation.generatedSourceFile("test.Resumer").orElseThrow().getCharContent(true)
        .toString();
  }

  @Test
  void aStartMethodIsNamedAfterItsMethodAloneAndTakesTheInstanceIdFirst() throws IOException {
    Compilation alone = Sources.compile(workflow("GreetingWorkflow", "@Resumable", "String id"));
    assertThat(alone).succeededWithoutWarnings();
    assertTrue(resumer(alone).contains(
        "public Outcome<String> startGetGreeting(String instanceId, String id) {"),
        resumer(alone));
  }

  @Test
  void aStartForLaterTakesTheMomentAfterTheIdAndOtherwiseTheMethodsParameters()
      throws IOException {
    Compilation compilation = Sources.compile(
        workflow("GreetingWorkflow", "@Resumable", "String id, java.time.Instant startAt"));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(resumer(compilation).replaceAll("\\s+", " ").contains("public Outcome<?>"
        + " startGetGreetingAt(String instanceId, Instant startAt2, String id, Instant startAt) {"),
        resumer(compilation));
  }

  @Test
  void aScheduleMethodIsNamedAfterTheStartMethodAndTakesTheScheduleFirst() throws IOException {
    Compilation compilation = Sources.compile(
        workflow("GreetingWorkflow", "@Resumable(start = \"startGreeting\")", "String schedule"));
    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(resumer(compilation).replaceAll("\\s+", " ").contains("public ScheduleInfo"
        + " scheduleGreeting(String scheduleId, Schedule schedule2, String schedule) {"),
        resumer(compilation));
  }

  @Test
  void aSecondClassWithAMethodOfTheSameNameIsAnErrorOnBothNamingTheFix() {
    JavaFileObject first = workflow("GreetingWorkflow", "@Resumable", "String language");
    JavaFileObject second = workflow("FarewellWorkflow", "@Resumable", "String language");
    Compilation compilation = Sources.compile(first, second);
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("[Resumable.StartNameClash] the Resumer of package"
        + " test would have start method startGetGreeting for GreetingWorkflow.getGreeting and for"
        + " FarewellWorkflow.getGreeting; a start method keeps its name whatever other classes"
        + " the package has, so give this one a name of its own, e.g."
        + " @Resumable(start = \"startGreetingWorkflowGetGreeting\"), or rename one of the methods")
        .inFile(first).onLineContaining("getGreeting");
    assertThat(compilation).hadErrorContaining("@Resumable(start = \"startFarewellWorkflowGetGreeting\")")
        .inFile(second).onLineContaining("getGreeting");
    assertEquals(2, compilation.errors().size(), compilation.errors().toString());
  }

  @Test
  void aNameOfItsOwnLeavesTheOtherMethodsNameAsItWas() throws IOException {
    Compilation compilation = Sources.compile(
        workflow("GreetingWorkflow", "@Resumable", "String language"),
        workflow("FarewellWorkflow", "@Resumable(start = \"startFarewell\")", "String language"));
    assertThat(compilation).succeededWithoutWarnings();
    String resumer = resumer(compilation);
    assertTrue(resumer.contains("startGetGreeting(String instanceId, String language)"), resumer);
    assertTrue(resumer.contains("startFarewell(String instanceId, String language)"), resumer);
  }

  @Test
  void overloadsInOneClassShareTheirStartName() throws IOException {
    Compilation compilation = Sources.compile(Sources.flow("""
          @Resumable public String run(String a) { return Await.event("x", String.class); }
          @Resumable public String run(String a, int b) { return Await.event("y", String.class); }
        """));
    assertThat(compilation).succeededWithoutWarnings();
    String resumer = resumer(compilation);
    assertTrue(resumer.contains("startRun(String instanceId, String a)"), resumer);
    assertTrue(resumer.contains("startRun(String instanceId, String a, int b)"), resumer);
  }

  @Test
  void aStartNameMustBeginWithStart() {
    JavaFileObject flow = workflow("GreetingWorkflow", "@Resumable(start = \"greet\")", "");
    Compilation compilation = Sources.compile(flow);
    assertThat(compilation).hadErrorContaining("[Resumable.InvalidStartName] @Resumable(start ="
        + " \"greet\") on GreetingWorkflow.getGreeting is not a start method's name: it must be a"
        + " Java identifier of `start` and an upper-case letter, e.g."
        + " \"startGreetingWorkflowGetGreeting\"").inFile(flow).onLineContaining("getGreeting");
  }

  @Test
  void aParameterNamedInstanceIdIsAnError() {
    JavaFileObject flow = workflow("GreetingWorkflow", "@Resumable", "String instanceId");
    assertThat(Sources.compile(flow)).hadErrorContaining("[Resumable.ReservedParameterName] a"
        + " parameter of GreetingWorkflow.getGreeting is named `instanceId`, the name of the"
        + " instance id that its start method startGetGreeting(instanceId, ...) takes first;"
        + " rename the parameter").inFile(flow).onLineContaining("getGreeting");
  }

  @Test
  void everyStartMethodHasASignalWithStartWhoseOwnParametersStepAsideForTheWorkflows()
      throws IOException {
    Compilation compilation = Sources.compile(workflow("GreetingWorkflow", "@Resumable",
        "String event, String engine, String eventName"));
    assertThat(compilation).succeededWithoutWarnings();

    assertTrue(resumer(compilation).contains("public Outcome<String> signalWithStartGetGreeting("
        + "String instanceId, String eventName2,\n      Object event2, String event, String engine,"
        + " String eventName) {"), resumer(compilation));
  }
}
