package com.osb.salesops.shared.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * What the application's command interceptors read of the engine's commands: who runs
 * them, the task a completion is for and the variables it carries. The engine keeps these
 * in the commands' own fields, which are read here and nowhere else; a later engine that
 * renames one fails at the first command, naming the field.
 */
final class EngineCommands {

	/** The group of the engine's administrators. */

	private EngineCommands() {
	}

	/** A task being completed, with the variables submitted to complete it. */
	record Completion(String taskId, Map<String, ?> variables) {
	}

	/** The completion a command makes, or null when it completes no task. */
	static Completion completion(Command<?> command) {
		if (command instanceof CompleteTaskCmd) {
			return new Completion(field(command, CompleteTaskCmd.class, "taskId"),
					field(command, CompleteTaskCmd.class, "variables"));
		}
		if (command instanceof SubmitTaskFormCmd) {
			return new Completion(field(command, SubmitTaskFormCmd.class, "taskId"),
					field(command, SubmitTaskFormCmd.class, "properties"));
		}
		return null;
	}

	/** The variables a command writes to a task or an execution, or null. */
	static Map<String, ?> variablesOf(Command<?> command) {
		Completion completion = completion(command);
		if (completion != null) {
			return completion.variables();
		}
		if (command instanceof AbstractSetVariableCmd) {
			return field(command, AbstractSetVariableCmd.class, "variables");
		}
		if (command instanceof AbstractPatchVariablesCmd) {
			return field(command, AbstractPatchVariablesCmd.class, "variables");
		}
		return null;
	}

	/** A variable as sent: its typed value when the map keeps one, else the value. */
	static Object typed(Map<String, ?> variables, String name) {
		return (variables instanceof VariableMap typed) ? typed.getValueTyped(name) : variables.get(name);
	}

	/** The values sent, unwrapped from their types; object values stay as sent. */
	static Map<String, Object> plainValues(Map<String, ?> variables) {
		Map<String, Object> plain = new LinkedHashMap<>();
		if (variables != null) {
			for (String name : new ArrayList<>(variables.keySet())) {
				Object value = typed(variables, name);
				plain.put(name, (value instanceof TypedValue typedValue && !(value instanceof ObjectValue))
						? typedValue.getValue() : value);
			}
		}
		return plain;
	}

	/** Whether a user runs the command, rather than the application itself. */
	static boolean byUser(CommandContext context) {
		return context != null && context.getAuthenticatedUserId() != null;
	}

	/**
	 * Whether the user running the command is an administrator, as the engine counts one
	 * (its administrator groups and users), whom it lets do anything.
	 */
	static boolean byAdministrator(CommandContext context) {
		return context != null && context.getAuthentication() != null
				&& context.getAuthorizationManager().isCamundaAdmin(context.getAuthentication());
	}

	/**
	 * Adds interceptors to both chains of the engine, after the command context opens.
	 */
	@SafeVarargs
	static void intercept(ProcessEngineConfigurationImpl configuration,
			Supplier<? extends CommandInterceptor>... interceptors) {
		configuration.setCustomPostCommandInterceptorsTxRequired(
				with(configuration.getCustomPostCommandInterceptorsTxRequired(), interceptors));
		configuration.setCustomPostCommandInterceptorsTxRequiresNew(
				with(configuration.getCustomPostCommandInterceptorsTxRequiresNew(), interceptors));
	}

	@SafeVarargs
	private static List<CommandInterceptor> with(List<CommandInterceptor> existing,
			Supplier<? extends CommandInterceptor>... interceptors) {
		List<CommandInterceptor> all = new ArrayList<>();
		if (existing != null) {
			all.addAll(existing);
		}
		// each chain gets instances of its own: an interceptor knows the next in its
		// chain
		for (Supplier<? extends CommandInterceptor> interceptor : interceptors) {
			all.add(interceptor.get());
		}
		return all;
	}

	/** A field of an engine command. */
	@SuppressWarnings("unchecked")
	static <T> T field(Object command, Class<?> declaringClass, String name) {
		try {
			Field field = declaringClass.getDeclaredField(name);
			field.setAccessible(true);
			return (T) field.get(command);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("This engine version has no " + declaringClass.getSimpleName() + "." + name
					+ ": review the interceptors that read it", ex);
		}
	}

}
