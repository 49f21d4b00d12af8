package dev.resumable.readme;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a build of a project with a real Maven installation, as a user would from a shell: its own
 * process, the same JDK as this build, offline, on a private local repository. Third-party
 * artifacts come from a file repository (the local repository of the build running this), which
 * offline Maven may read because its protocol is {@code file}.
 */
final class NestedMaven {

  /** Far more than the build takes; only a build that hangs reaches it. */
  private static final long LIMIT_MINUTES = 10;

  private final Path mavenHome;
  private final Path localRepository;
  private final Path thirdPartyRepository;

  NestedMaven(Path mavenHome, Path localRepository, Path thirdPartyRepository) {
    this.mavenHome = mavenHome;
    this.localRepository = localRepository;
    this.thirdPartyRepository = thirdPartyRepository;
  }

  /** Runs the goals in the project; returns the exit code, with the output in {@code log}. */
  int run(Path project, Path log, String... goals) throws IOException, InterruptedException {
    Path settings = project.resolve("target-settings.xml");
    Files.writeString(settings, settings());
    List<String> command = new ArrayList<>(List.of(
        mavenHome.resolve("bin").resolve(windows() ? "mvn.cmd" : "mvn").toString(),
        "-B", "-ntp", "-o",
        "-Daether.offline.protocols=file",
        "-s", settings.toString(),
        "-Dmaven.repo.local=" + localRepository));
    command.addAll(List.of(goals));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(project.toFile())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("MAVEN_ARGS");
    Process maven = builder.start();
    if (!maven.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
      maven.descendants().forEach(ProcessHandle::destroyForcibly);
      maven.destroyForcibly().waitFor();
      throw new AssertionError("the README's project did not finish building in "
          + LIMIT_MINUTES + " minutes; see " + log);
    }
    return maven.exitValue();
  }

  /**
   * Settings with one extra repository, for releases only: the README's project must take this
   * build's snapshots from the private repository, never stale ones from elsewhere. A local
   * repository keeps no checksum files, so there are none to check.
   */
  private String settings() {
    String repository = """
          <id>this-build</id>
          <url>%s</url>
          <releases><enabled>true</enabled><checksumPolicy>ignore</checksumPolicy></releases>
          <snapshots><enabled>false</enabled></snapshots>
        """.formatted(thirdPartyRepository.toUri());
    return """
        <settings>
          <profiles>
            <profile>
              <id>this-build</id>
              <repositories><repository>
        %s      </repository></repositories>
              <pluginRepositories><pluginRepository>
        %s      </pluginRepository></pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles><activeProfile>this-build</activeProfile></activeProfiles>
        </settings>
        """.formatted(repository, repository);
  }

  private static boolean windows() {
    return System.getProperty("os.name").startsWith("Windows");
  }
}
