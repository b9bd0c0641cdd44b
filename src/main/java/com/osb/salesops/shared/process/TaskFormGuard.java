package com.osb.salesops.shared.process;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * A person changes a process only through the forms of their tasks: completing a task, or
 * setting a task's variables, may set only the fields the task's form lets a person
 * change, with the form's types and validation; the fields the form only shows keep their
 * values; a process's own variables, and those a message carries, are not set by any
 * caller. Checked on the server for every call a client makes itself (Tasklist, the REST
 * API: see {@link ClientCalls}) as a user who is not an administrator; the application's
 * own steps, which check their input by their own rules, are not affected. A refused call
 * changes nothing and names every problem.
 */
class TaskFormGuard extends CommandInterceptor {

	static final String ADMIN_GROUP = "camunda-admin";

	/** How deep in commands the thread is, whichever chain of interceptors runs them. */
	private static final ThreadLocal<int[]> depth = ThreadLocal.withInitial(() -> new int[1]);

	private static final Map<String, FormFields> forms = new ConcurrentHashMap<>();

	@Override
	public <T> T execute(Command<T> command) {
		int[] level = depth.get();
		level[0]++;
		try {
			if (level[0] == 1 && ClientCalls.fromClient() && authenticated()) {
				checkObjectTypes(command);
				if (!isAdministrator()) {
					check(command);
				}
			}
			String completed = remember(command);
			try {
				return this.next.execute(command);
			}
			finally {
				if (completed != null) {
					SubmittedFields.done(completed);
				}
			}
		}
		finally {
			level[0]--;
		}
	}

	/**
	 * Keeps what is entered at a task being completed, whoever completes it, for the
	 * audit trail: the submitted fields the form lets a person change.
	 * @return the id of the task being completed, or null
	 */
	private static String remember(Command<?> command) {
		String taskId;
		Map<String, ?> variables;
		if (command instanceof CompleteTaskCmd) {
			taskId = read(command, CompleteTaskCmd.class, "taskId");
			variables = read(command, CompleteTaskCmd.class, "variables");
		}
		else if (command instanceof SubmitTaskFormCmd) {
			taskId = read(command, SubmitTaskFormCmd.class, "taskId");
			variables = read(command, SubmitTaskFormCmd.class, "properties");
		}
		else {
			return null;
		}
		CommandContext context = Context.getCommandContext();
		TaskEntity task = (context != null && taskId != null) ? context.getTaskManager().findTaskById(taskId) : null;
		if (task == null) {
			return null;
		}
		Map<String, Object> entered = plain(variables);
		FormFields form = form(task, context);
		entered.keySet().removeIf(form::isShownOnly);
		SubmittedFields.submitted(taskId, entered);
		return taskId;
	}

	private static boolean authenticated() {
		CommandContext context = Context.getCommandContext();
		return context != null && context.getAuthenticatedUserId() != null;
	}

	private static boolean isAdministrator() {
		List<String> groups = Context.getCommandContext().getAuthenticatedGroupIds();
		return groups != null && groups.contains(ADMIN_GROUP);
	}

	/**
	 * An object variable names its Java type: only types on the allow-list are stored,
	 * and never in Java serialization, whoever the caller, so that no variable is written
	 * that every later read would fail on.
	 */
	private static void checkObjectTypes(Command<?> command) {
		Map<String, ?> variables = variablesOf(command);
		if (variables == null || variables.isEmpty()) {
			return;
		}
		var configuration = Context.getCommandContext().getProcessEngineConfiguration();
		var validator = configuration.getDeserializationTypeValidator();
		List<String> problems = new ArrayList<>();
		for (String name : variables.keySet()) {
			Object value = (variables instanceof org.camunda.bpm.engine.variable.VariableMap typed)
					? typed.getValueTyped(name) : variables.get(name);
			if (value instanceof ObjectValue object && !object.isDeserialized()) {
				String format = object.getSerializationDataFormat();
				String type = object.getObjectTypeName();
				if (format != null && format.contains("java-serialized")) {
					problems.add(name + " may not be sent in Java serialization");
				}
				else if (type != null && validator != null && !validator.validate(type)) {
					problems.add(name + " names the type " + type + ", which is not allowed");
				}
			}
		}
		if (!problems.isEmpty()) {
			String message = "Refused: " + String.join("; ", problems);
			throw refused(command, message);
		}
	}

	private static Map<String, ?> variablesOf(Command<?> command) {
		if (command instanceof CompleteTaskCmd) {
			return read(command, CompleteTaskCmd.class, "variables");
		}
		if (command instanceof SubmitTaskFormCmd) {
			return read(command, SubmitTaskFormCmd.class, "properties");
		}
		if (command instanceof AbstractSetVariableCmd) {
			return read(command, AbstractSetVariableCmd.class, "variables");
		}
		if (command instanceof AbstractPatchVariablesCmd) {
			return read(command, AbstractPatchVariablesCmd.class, "variables");
		}
		return null;
	}

	private void check(Command<?> command) {
		if (command instanceof CompleteTaskCmd) {
			checkTask(command, read(command, CompleteTaskCmd.class, "taskId"),
					read(command, CompleteTaskCmd.class, "variables"), true);
		}
		else if (command instanceof SubmitTaskFormCmd) {
			checkTask(command, read(command, SubmitTaskFormCmd.class, "taskId"),
					read(command, SubmitTaskFormCmd.class, "properties"), true);
		}
		else if (command instanceof AbstractVariableCmd) {
			checkVariables(command, AbstractVariableCmd.class);
		}
		else if (command instanceof AbstractPatchVariablesCmd) {
			checkVariables(command, AbstractPatchVariablesCmd.class);
		}
		else if (command instanceof CorrelateMessageCmd || command instanceof CorrelateAllMessageCmd) {
			checkMessage(command);
		}
		else if (command instanceof StartProcessInstanceCmd) {
			ProcessInstantiationBuilderImpl builder = read(command, StartProcessInstanceCmd.class,
					"instantiationBuilder");
			checkStart(command, builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(),
					builder.getVariables());
		}
		else if (command instanceof SubmitStartFormCmd) {
			checkStart(command, read(command, SubmitStartFormCmd.class, "processDefinitionId"), null,
					read(command, SubmitStartFormCmd.class, "variables"));
		}
	}

	private void checkVariables(Command<?> command, Class<?> declaringClass) {
		String entityId = read(command, declaringClass, "entityId");
		boolean onTask = command.getClass().getSimpleName().contains("Task");
		boolean removes = command instanceof AbstractRemoveVariableCmd || (command instanceof AbstractPatchVariablesCmd
				&& !isEmpty(read(command, AbstractPatchVariablesCmd.class, "deletions")));
		if (!onTask) {
			throw refused(command, "The variables of a process are set by its steps, not by a caller");
		}
		if (removes) {
			throw refused(command, "A task's variables are not removed by a caller");
		}
		Map<String, ?> variables = (command instanceof AbstractSetVariableCmd)
				? read(command, AbstractSetVariableCmd.class, "variables")
				: read(command, AbstractPatchVariablesCmd.class, "variables");
		checkTask(command, entityId, variables, false);
	}

	private void checkMessage(Command<?> command) {
		Object builder = read(command, org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd.class, "builder");
		if (builder instanceof org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl message
				&& (!isEmpty(message.getPayloadProcessInstanceVariables())
						|| !isEmpty(message.getPayloadProcessInstanceVariablesLocal())
						|| !isEmpty(message.getPayloadProcessInstanceVariablesToTriggeredScope()))) {
			throw refused(command, "A message from a caller carries no variables: report the event through /api");
		}
	}

	private void checkTask(Command<?> command, String taskId, Map<String, ?> variables, boolean completing) {
		CommandContext context = Context.getCommandContext();
		TaskEntity task = context.getTaskManager().findTaskById(taskId);
		if (task == null) {
			return; // the engine answers for a task that does not exist
		}
		// the caller's right to the task first, as the engine checks it, so that a task
		// of
		// someone else's is refused as such, before anything is said about its form
		for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
			if (completing) {
				checker.checkTaskWork(task);
			}
			else {
				checker.checkUpdateTaskVariable(task);
			}
		}
		Map<String, Object> submitted = plain(variables);
		if (submitted.isEmpty() && !completing) {
			return;
		}
		FormFields form = form(task, context);
		Map<String, Object> current = new LinkedHashMap<>();
		for (String name : submitted.keySet()) {
			current.put(name, task.getVariable(name));
		}
		if (completing) {
			task.getVariables().forEach(current::putIfAbsent);
		}
		List<String> problems = form.problems(submitted, current, completing);
		if (!problems.isEmpty()) {
			String message = "The task '" + task.getName() + "' refused the submission: " + String.join("; ", problems);
			throw refused(command, message);
		}
	}

	/** A process is started with the fields of its start form, or with none. */
	private void checkStart(Command<?> command, String definitionId, String definitionKey, Map<String, ?> variables) {
		Map<String, Object> submitted = plain(variables);
		if (submitted.isEmpty()) {
			return;
		}
		CommandContext context = Context.getCommandContext();
		var cache = context.getProcessEngineConfiguration().getDeploymentCache();
		ProcessDefinitionEntity definition = (definitionId != null) ? cache.findProcessDefinitionFromCache(definitionId)
				: (definitionKey != null) ? cache.findDeployedLatestProcessDefinitionByKey(definitionKey) : null;
		if (definition == null) {
			return; // the engine answers for a process that does not exist
		}
		FormFields form = forms.computeIfAbsent(definition.getId() + "/start", (key) -> {
			try {
				return FormFields.read(context
					.runWithoutAuthorization(() -> new GetDeployedStartFormCmd(definition.getId()).execute(context)));
			}
			catch (RuntimeException ex) {
				return FormFields.none();
			}
		});
		List<String> problems = form.problems(submitted, Map.of(), true);
		if (!problems.isEmpty()) {
			throw refused(command,
					"The process '" + definition.getKey() + "' was not started: " + String.join("; ", problems));
		}
	}

	private static FormFields form(TaskEntity task, CommandContext context) {
		if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
			return FormFields.none();
		}
		return forms.computeIfAbsent(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), (key) -> {
			try {
				return FormFields.read(context
					.runWithoutAuthorization(() -> new GetDeployedTaskFormCmd(task.getId()).execute(context)));
			}
			catch (RuntimeException ex) {
				return FormFields.none(); // a task without a deployed form takes no
											// submission
			}
		});
	}

	private static Map<String, Object> plain(Map<String, ?> variables) {
		Map<String, Object> plain = new LinkedHashMap<>();
		if (variables == null) {
			return plain;
		}
		for (String name : new ArrayList<>(variables.keySet())) {
			Object value = (variables instanceof org.camunda.bpm.engine.variable.VariableMap typed)
					? typed.getValueTyped(name) : variables.get(name);
			plain.put(name,
					(value instanceof TypedValue typedValue
							&& !(value instanceof org.camunda.bpm.engine.variable.value.ObjectValue))
									? typedValue.getValue() : value);
		}
		return plain;
	}

	private static boolean isEmpty(Object value) {
		return value == null || (value instanceof Map<?, ?> map && map.isEmpty())
				|| (value instanceof Collection<?> collection && collection.isEmpty());
	}

	/**
	 * The refusal of a command, of the type the REST API answers as a client error with
	 * the message: 400 for a completion, a start form and setting variables, 403 for
	 * patching variables and starting a process (which the REST API would otherwise
	 * answer 500).
	 */
	private static ProcessEngineException refused(Command<?> command, String message) {
		if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
				|| command instanceof SubmitStartFormCmd) {
			return new FormFieldValidationException("variables", message);
		}
		if (command instanceof AbstractPatchVariablesCmd || command instanceof StartProcessInstanceCmd) {
			return new AuthorizationException(message);
		}
		return new BadUserRequestException(message);
	}

	@SuppressWarnings("unchecked")
	private static <T> T read(Object command, Class<?> declaringClass, String name) {
		try {
			Field field = declaringClass.getDeclaredField(name);
			field.setAccessible(true);
			return (T) field.get(command);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("This engine version changed " + declaringClass.getSimpleName() + "." + name
					+ ": review the task form guard", ex);
		}
	}

}
