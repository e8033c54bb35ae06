package org.pathways.platform.boundary;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Method calls in page expressions ({@code #{item.title()}}, {@code #{'a.'.concat(kind)}}) found
 * once per kind of object, name and kinds of argument, instead of on every call. The standard bean
 * resolver looks the method up among all of the class's public methods each time it is called (a
 * copy of every {@link Method}: for {@code String}, over a hundred), which made this lookup the
 * largest single cost of rendering an outline of 46 steps.
 *
 * <p>Only calls this resolver can decide exactly are taken: one public method of that name and
 * number of parameters whose parameters accept the arguments as they are (a {@code String}
 * parameter takes any argument, converted as the expression language converts). Anything else
 * (overloads that the arguments do not tell apart, varargs, a number that needs converting, a
 * method expression with declared parameter types such as a button's action) is left to the
 * resolvers after it, which decide as before.
 */
public class MethodCalls extends ELResolver {

  private record Signature(Class<?> type, String name, List<Class<?>> arguments) {}

  /** A null argument's kind in a signature. */
  private static final class Null {}

  private final ConcurrentHashMap<Signature, Optional<Method>> found = new ConcurrentHashMap<>();

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null || paramTypes != null || !(method instanceof String name)) {
      return null;
    }
    Object[] arguments = params == null ? new Object[0] : params;
    Optional<Method> target =
        found.computeIfAbsent(signature(base, name, arguments), MethodCalls::find);
    if (target.isEmpty()) {
      return null;
    }
    Method callee = target.get();
    Object[] converted = convert(context, callee.getParameterTypes(), arguments);
    try {
      Object result = callee.invoke(base, converted);
      context.setPropertyResolved(base, method);
      return result;
    } catch (InvocationTargetException failed) {
      Throwable cause = failed.getCause();
      throw cause instanceof ELException el ? el : new ELException(cause);
    } catch (IllegalAccessException refused) {
      throw new ELException(refused);
    }
  }

  private static Signature signature(Object base, String name, Object[] arguments) {
    List<Class<?>> kinds = new ArrayList<>(arguments.length);
    for (Object argument : arguments) {
      kinds.add(argument == null ? Null.class : argument.getClass());
    }
    return new Signature(base.getClass(), name, List.copyOf(kinds));
  }

  /** The one method the signature calls, reachable from here; empty to leave the call to others. */
  static Optional<Method> find(Signature call) {
    List<Method> named =
        Arrays.stream(call.type().getMethods())
            .filter(m -> m.getName().equals(call.name()))
            .filter(m -> m.getParameterCount() == call.arguments().size())
            .toList();
    if (named.size() != 1 || named.get(0).isVarArgs()) {
      // Overloads with as many parameters: the standard resolver's rules choose among them.
      return Optional.empty();
    }
    Method method = named.get(0);
    Class<?>[] parameters = method.getParameterTypes();
    for (int i = 0; i < parameters.length; i++) {
      if (!accepts(parameters[i], call.arguments().get(i))) {
        return Optional.empty();
      }
    }
    return reachable(call.type(), method);
  }

  private static boolean accepts(Class<?> parameter, Class<?> argument) {
    if (parameter == String.class) {
      return true;
    }
    if (argument == Null.class) {
      return !parameter.isPrimitive();
    }
    return wrapper(parameter).isAssignableFrom(argument);
  }

  /**
   * The method as declared by a public class or interface (a method of a package-private class,
   * such as the JDK's own list implementations, is called through its public interface), or our own
   * code's made accessible; empty when neither works.
   */
  private static Optional<Method> reachable(Class<?> type, Method method) {
    if (Modifier.isPublic(method.getDeclaringClass().getModifiers())
        && method
            .getDeclaringClass()
            .getModule()
            .isExported(method.getDeclaringClass().getPackageName())) {
      return Optional.of(method);
    }
    for (Class<?> at = type; at != null; at = at.getSuperclass()) {
      for (Class<?> face : at.getInterfaces()) {
        Optional<Method> declared = publicDeclaration(face, method);
        if (declared.isPresent()) {
          return declared;
        }
      }
      if (Modifier.isPublic(at.getModifiers()) && at.getModule().isExported(at.getPackageName())) {
        Optional<Method> declared = publicDeclaration(at, method);
        if (declared.isPresent()) {
          return declared;
        }
      }
    }
    return method.trySetAccessible() ? Optional.of(method) : Optional.empty();
  }

  private static Optional<Method> publicDeclaration(Class<?> type, Method method) {
    if (!Modifier.isPublic(type.getModifiers())
        || !type.getModule().isExported(type.getPackageName())) {
      return Optional.empty();
    }
    try {
      return Optional.of(type.getMethod(method.getName(), method.getParameterTypes()));
    } catch (NoSuchMethodException absent) {
      return Optional.empty();
    }
  }

  private static Object[] convert(ELContext context, Class<?>[] parameters, Object[] arguments) {
    Object[] converted = arguments;
    for (int i = 0; i < parameters.length; i++) {
      if (parameters[i] == String.class && !(arguments[i] instanceof String)) {
        if (converted == arguments) {
          converted = arguments.clone();
        }
        converted[i] = context.convertToType(arguments[i], String.class);
      }
    }
    return converted;
  }

  /**
   * The class of a primitive's boxed values ({@code int} → {@code Integer}); others as they are.
   */
  private static Class<?> wrapper(Class<?> type) {
    return MethodType.methodType(type).wrap().returnType();
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // Properties are left to the other resolvers.
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
