package dev.resumable.spring;

import dev.resumable.Resumable;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.aop.framework.AopProxyUtils;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Finds the beans whose classes declare instance {@code @Resumable} methods: the objects those
 * methods run on. Types are read from the bean definitions, so no other bean is created early.
 */
final class WorkflowBeans {

  private WorkflowBeans() {}

  /** Each workflow class with the one bean of it; a class with two beans is an error. */
  static Map<Class<?>, Object> receivers(ConfigurableListableBeanFactory beans) {
    Map<Class<?>, String> names = new LinkedHashMap<>();
    for (String name : beans.getBeanDefinitionNames()) {
      Class<?> type = beans.getType(name, false);
      if (type == null) {
        continue;
      }
      Class<?> workflow = ClassUtils.getUserClass(type);
      if (!declaresInstanceWorkflow(workflow)) {
        continue;
      }
      String other = names.putIfAbsent(workflow, name);
      if (other != null) {
        throw new IllegalStateException("beans '" + other + "' and '" + name + "' are both of"
            + " workflow class " + workflow.getName() + ", but the engine runs a class's"
            + " @Resumable methods on one object, also after a restart; keep one bean of it");
      }
    }
    Map<Class<?>, Object> receivers = new LinkedHashMap<>();
    names.forEach((type, name) -> receivers.put(type, target(name, type, beans.getBean(name))));
    return receivers;
  }

  private static boolean declaresInstanceWorkflow(Class<?> type) {
    boolean[] found = {false};
    ReflectionUtils.doWithMethods(type, m -> found[0] = true, WorkflowBeans::isInstanceWorkflow);
    return found[0];
  }

  private static boolean isInstanceWorkflow(Method method) {
    return method.isAnnotationPresent(Resumable.class) && !Modifier.isStatic(method.getModifiers());
  }

  /**
   * The object itself: generated code reads the receiver's fields, which a proxy's are not.
   */
  private static Object target(String name, Class<?> type, Object bean) {
    Object target = AopUtils.isAopProxy(bean) ? AopProxyUtils.getSingletonTarget(bean) : bean;
    if (!type.isInstance(target)) {
      throw new IllegalStateException("bean '" + name + "' of workflow class " + type.getName()
          + " is a proxy whose target cannot be reached, but the engine must run its @Resumable"
          + " methods on the object itself; do not proxy workflow beans");
    }
    return target;
  }
}
