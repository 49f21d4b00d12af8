package dev.resumable.processor.plugin;

import com.google.auto.service.AutoService;
import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;

/**
 * {@code -Xplugin:Resumable}: checks, on attributed trees, what the processor assumed about the
 * code it compiled. javac finds it through {@code META-INF/services} on the processor path.
 */
@AutoService(Plugin.class)
public final class ResumablePlugin implements Plugin {

  @Override
  public String getName() {
    return "Resumable";
  }

  @Override
  public void init(JavacTask task, String... args) {
    task.addTaskListener(new ChecksAfterAnalysis(task));
  }
}
