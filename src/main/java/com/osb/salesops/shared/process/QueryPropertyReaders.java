package com.osb.salesops.shared.process;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.ibatis.ognl.ObjectPropertyAccessor;
import org.apache.ibatis.ognl.OgnlContext;
import org.apache.ibatis.ognl.OgnlException;
import org.apache.ibatis.ognl.OgnlRuntime;

/**
 * Reads the properties that the engine's SQL mappings test on its query objects (a task
 * query, its authorization check and the like) as MyBatis's expression language does,
 * remembering for each class and property which method reads it. The expression language
 * remembers a getter it found, but not that a property has none under the bean naming
 * rules: for such a property (read through a method of another name, or a field) it lists
 * and compares every public method of the class on each read, and an
 * authorization-checked task query tests dozens of them each time it is built.
 * <p>
 * A property is read by the same method or field as before, found the same way, with the
 * same access check: only the search is done once per class and property. A public method
 * of one of the engine's public classes (its query objects and their parts, the objects
 * its mappings read) is called directly, as the expression language calls it after
 * checking, on every call, that it is no method its stricter invocation mode refuses; any
 * other method is called through the expression language, checks and all.
 */
final class QueryPropertyReaders extends ObjectPropertyAccessor {

	private static final ClassValue<Map<String, Optional<Reader>>> READERS = new ClassValue<>() {
		@Override
		protected Map<String, Optional<Reader>> computeValue(Class<?> type) {
			return new ConcurrentHashMap<>();
		}
	};

	/** Makes them the expression language's readers of every object without its own. */
	static void install() {
		OgnlRuntime.setPropertyAccessor(Object.class, new QueryPropertyReaders());
	}

	@Override
	public Object getPossibleProperty(OgnlContext context, Object target, String name) throws OgnlException {
		Class<?> type = target.getClass();
		Optional<Reader> reader = READERS.get(type).computeIfAbsent(name, (property) -> find(type, property));
		try {
			if (reader.isPresent()
					&& context.getMemberAccess().isAccessible(context, target, reader.get().method(), name)) {
				return reader.get().read(target);
			}
			return OgnlRuntime.getFieldValue(context, target, name, true);
		}
		catch (InvocationTargetException ex) {
			throw new OgnlException(name, ex.getTargetException());
		}
		catch (Exception ex) {
			throw new OgnlException(name, ex);
		}
	}

	/**
	 * The getter of the property, else a method of its name, as the expression language
	 * finds them.
	 */
	private static Optional<Reader> find(Class<?> type, String name) {
		Method getter = OgnlRuntime.getGetMethod(type, name);
		return Optional.ofNullable((getter != null) ? getter : OgnlRuntime.getReadMethod(type, name, null))
			.map((method) -> new Reader(method, direct(method)));
	}

	/** Whether the method is called directly: public, of a public class of the engine. */
	static boolean direct(Method method) {
		Class<?> owner = method.getDeclaringClass();
		return Modifier.isPublic(method.getModifiers()) && Modifier.isPublic(owner.getModifiers())
				&& owner.getName().startsWith("org.camunda.bpm.engine.") && !method.isVarArgs();
	}

	/** The method that reads a property, and whether it is called directly. */
	private record Reader(Method method, boolean direct) {

		Object read(Object target) throws Exception {
			return this.direct ? this.method.invoke(target)
					: OgnlRuntime.invokeMethod(target, this.method, OgnlRuntime.NoArguments);
		}

	}

}
