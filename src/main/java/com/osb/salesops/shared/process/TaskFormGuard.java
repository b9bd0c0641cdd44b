package com.osb.salesops.shared.process;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.osb.salesops.shared.language.ProcessNames;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.MessageCorrelationBuilderImpl;
import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.SignalEventReceivedBuilderImpl;
import org.camunda.bpm.engine.impl.cfg.CommandChecker;
import org.camunda.bpm.engine.impl.cmd.AbstractCorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractGetFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractPatchVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractRemoveVariableCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractVariableCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateAllMessageCmd;
import org.camunda.bpm.engine.impl.cmd.CorrelateMessageCmd;
import org.camunda.bpm.engine.impl.cmd.EvaluateStartConditionCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.ObjectValue;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A person changes a process only through the forms of their tasks: completing a task, or
 * setting a task's variables, may set only the fields the task's form lets a person
 * change, with the form's types and validation; the fields the form only shows keep their
 * values; a process's own variables, and those a message carries, are not set by any
 * caller, nor those a signal carries; a person does not throw a task out of its process
 * (a BPMN error or escalation) or start one by conditions. Checked on the server for
 * every call a client makes itself (Tasklist, the REST API: see {@link ClientCalls}) as a
 * user who is not an administrator; the application's own steps, which check their input
 * by their own rules, are not affected. A refused call changes nothing and names every
 * problem, in the caller's language. A field that is each person's own answer
 * ({@link FormFields#isOwnAnswer}) is shown and counted only as this task set it, never
 * as an earlier task answered it.
 */
class TaskFormGuard extends CommandInterceptor {

	/** How deep in commands the thread is, whichever chain of interceptors runs them. */
	private static final CommandDepth DEPTH = new CommandDepth();

	@Override
	public <T> T execute(Command<T> command) {
		int level = DEPTH.enter();
		try {
			CommandContext context = Context.getCommandContext();
			if (level == 1 && ClientCalls.fromClient() && EngineCommands.byUser(context)) {
				checkObjectTypes(command, context);
				ProcessStarts.checkOfAnyone(command, context);
				if (!EngineCommands.byAdministrator(context)) {
					ProcessStarts.checkOfUser(command);
					check(command, context);
				}
			}
			T result = this.next.execute(command);
			if (level == 1 && command instanceof GetTaskFormVariablesCmd && result instanceof VariableMap shown) {
				leaveOutOthersAnswers(command, context, shown);
			}
			if (level == 1 && command instanceof AbstractGetFormVariablesCmd && result instanceof VariableMap shown) {
				inReadersLanguage(shown);
			}
			return result;
		}
		finally {
			DEPTH.leave();
		}
	}

	/**
	 * An object variable names its Java type: only types on the allow-list are stored,
	 * and never in Java serialization, whoever the caller, so that no variable is written
	 * that every later read would fail on.
	 */
	private static void checkObjectTypes(Command<?> command, CommandContext context) {
		Map<String, ?> variables = EngineCommands.variablesOf(command);
		if (variables == null || variables.isEmpty()) {
			return;
		}
		var validator = context.getProcessEngineConfiguration().getDeserializationTypeValidator();
		List<String> problems = new ArrayList<>();
		for (String name : variables.keySet()) {
			Object typed = EngineCommands.typed(variables, name);
			if (typed instanceof TypedValue value && !(typed instanceof ObjectValue) && !readable(value)) {
				problems.add(name + " " + Messages.text("field.value-unreadable", "cannot be read as {0}",
						(value.getType() != null) ? value.getType().getName() : "?"));
			}
			if (typed instanceof ObjectValue object && !object.isDeserialized()) {
				String format = object.getSerializationDataFormat();
				String type = object.getObjectTypeName();
				if (format != null && format.contains("java-serialized")) {
					problems.add(name + " "
							+ Messages.text("field.java-serialization", "may not be sent in Java serialization"));
				}
				else if (type != null && validator != null && !validator.validate(type)) {
					problems.add(name + " " + Messages.text("field.type-not-allowed",
							"names the type {0}, which is not allowed", type));
				}
			}
		}
		if (!problems.isEmpty()) {
			throw refused(command, Messages.refusal("variables-refused", "The variables were refused: {0}",
					Messages.together(problems)));
		}
	}

	/**
	 * Whether the value can be read as its type says (JSON that parses, XML it can read).
	 */
	private static boolean readable(TypedValue value) {
		try {
			value.getValue();
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private static void check(Command<?> command, CommandContext context) {
		EngineCommands.Completion completion = EngineCommands.completion(command);
		if (completion != null) {
			checkTask(command, context, completion.taskId(), completion.variables(), true);
		}
		else if (command instanceof AbstractVariableCmd || command instanceof AbstractPatchVariablesCmd) {
			checkVariables(command, context);
		}
		else if (command instanceof CorrelateMessageCmd || command instanceof CorrelateAllMessageCmd) {
			checkMessage(command);
		}
		else if (command instanceof HandleTaskBpmnErrorCmd || command instanceof HandleTaskEscalationCmd) {
			// a task thrown out of its process would skip its form, and the process's
			// own checks of what comes next, and could set any variable on the way
			throw new AuthorizationException(Messages.refusal("task-throw-refused",
					"A task ends through its form: a BPMN error or escalation is thrown by a process's own steps,"
							+ " not by a person"));
		}
		else if (command instanceof SignalEventReceivedCmd signal) {
			SignalEventReceivedBuilderImpl builder = EngineCommands.field(signal, SignalEventReceivedCmd.class,
					"builder");
			if (builder != null && !isEmpty(builder.getVariables())) {
				throw refused(command, Messages.refusal("signal-variables-refused",
						"A signal from a caller carries no variables: report the event through /api"));
			}
		}
		else if (command instanceof EvaluateStartConditionCmd) {
			throw new AuthorizationException(Messages.refusal("condition-refused",
					"A process is started through its start form or the application's API, not by conditions a"
							+ " caller's variables meet"));
		}
		else if (command instanceof StartProcessInstanceCmd) {
			ProcessInstantiationBuilderImpl builder = EngineCommands.field(command, StartProcessInstanceCmd.class,
					"instantiationBuilder");
			checkStart(command, context, builder.getProcessDefinitionId(), builder.getProcessDefinitionKey(),
					builder.getVariables());
		}
		else if (command instanceof SubmitStartFormCmd) {
			checkStart(command, context, EngineCommands.field(command, SubmitStartFormCmd.class, "processDefinitionId"),
					null, EngineCommands.field(command, SubmitStartFormCmd.class, "variables"));
		}
	}

	private static void checkVariables(Command<?> command, CommandContext context) {
		Class<?> declaringClass = (command instanceof AbstractVariableCmd) ? AbstractVariableCmd.class
				: AbstractPatchVariablesCmd.class;
		String entityId = EngineCommands.field(command, declaringClass, "entityId");
		boolean onTask = command.getClass().getSimpleName().contains("Task");
		boolean removes = command instanceof AbstractRemoveVariableCmd || (command instanceof AbstractPatchVariablesCmd
				&& !isEmpty(EngineCommands.field(command, AbstractPatchVariablesCmd.class, "deletions")));
		// what no caller may do is refused as such (403), however it is asked
		if (!onTask) {
			throw new AuthorizationException(Messages.refusal("process-variables-refused",
					"The variables of a process are set by its steps, not by a caller"));
		}
		if (removes) {
			throw new AuthorizationException(
					Messages.refusal("task-variables-not-removed", "A task's variables are not removed by a caller"));
		}
		checkTask(command, context, entityId, EngineCommands.variablesOf(command), false);
	}

	private static void checkMessage(Command<?> command) {
		MessageCorrelationBuilderImpl message = EngineCommands.field(command, AbstractCorrelateMessageCmd.class,
				"builder");
		if (message != null && (!isEmpty(message.getPayloadProcessInstanceVariables())
				|| !isEmpty(message.getPayloadProcessInstanceVariablesLocal())
				|| !isEmpty(message.getPayloadProcessInstanceVariablesToTriggeredScope()))) {
			throw refused(command, Messages.refusal("message-variables-refused",
					"A message from a caller carries no variables: report the event through /api"));
		}
	}

	private static void checkTask(Command<?> command, CommandContext context, String taskId, Map<String, ?> variables,
			boolean completing) {
		TaskEntity task = context.getTaskManager().findTaskById(taskId);
		if (task == null) {
			return; // the engine answers for a task that does not exist
		}
		Map<String, Object> submitted = EngineCommands.plainValues(variables);
		if (submitted.isEmpty() && !completing) {
			return;
		}
		// only the values a check reads: the submitted fields and, on completion, the
		// required ones, so that no other variable (an order's lines, say) is read and
		// deserialized for nothing
		FormFields form = DeployedForms.ofTask(task, context);
		Map<String, Object> current = new LinkedHashMap<>();
		for (String name : submitted.keySet()) {
			current.put(name, task.getVariable(name));
		}
		if (completing) {
			for (String name : form.requiredKeys()) {
				// a person's own answer is the one given on this task, never an earlier
				// one
				current.computeIfAbsent(name, form.isOwnAnswer(name) ? task::getVariableLocal : task::getVariable);
			}
		}
		List<String> problems = form.problems(submitted, current, completing);
		if (!problems.isEmpty()) {
			// the caller's right to the task first, as the engine checks it, so that
			// someone else's task is refused as such, never with what its form says; a
			// submission the form accepts is checked by the engine's own command
			for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
				if (completing) {
					checker.checkTaskWork(task);
				}
				else {
					checker.checkUpdateTaskVariable(task);
				}
			}
			throw refused(command,
					Messages.refusal("form-refused", "The submission was refused: {0}", Messages.together(problems)));
		}
	}

	/**
	 * A task's form shows no answer an earlier task gave to a field that is each person's
	 * own ({@link FormFields#isOwnAnswer}): only what was set on this task itself.
	 */
	private static void leaveOutOthersAnswers(Command<?> command, CommandContext context, VariableMap shown) {
		TaskEntity task = context.getTaskManager()
			.findTaskById(EngineCommands.field(command, AbstractGetFormVariablesCmd.class, "resourceId"));
		if (task == null) {
			return;
		}
		for (String name : DeployedForms.ofTask(task, context).ownAnswers()) {
			if (shown.containsKey(name) && !task.hasVariableLocal(name)) {
				shown.remove(name);
			}
		}
	}

	/**
	 * A form shows the texts the product wrote as its reader reads them
	 * ({@link ShownTexts}): {@code ¥1,405.46} and each rule's explanation in Chinese to a
	 * reader of Chinese. The variables and the recorded explanations are not touched.
	 */
	private static void inReadersLanguage(VariableMap shown) {
		Locale language = LocaleContextHolder.getLocale();
		if ("en".equals(language.getLanguage())) {
			return;
		}
		for (String name : List.copyOf(shown.keySet())) {
			if (shown.getValueTyped(name) instanceof StringValue text && text.getValue() != null) {
				String reworded = ShownTexts.of(text.getValue(), language);
				if (!reworded.equals(text.getValue())) {
					shown.putValueTyped(name, Variables.stringValue(reworded, text.isTransient()));
				}
			}
		}
	}

	/** A process is started with the fields of its start form, or with none. */
	private static void checkStart(Command<?> command, CommandContext context, String definitionId,
			String definitionKey, Map<String, ?> variables) {
		// a start that gives nothing is checked too: its form's required fields are
		// missing, and each is named before the process's own checks read them
		Map<String, Object> submitted = EngineCommands.plainValues(variables);
		var cache = context.getProcessEngineConfiguration().getDeploymentCache();
		ProcessDefinitionEntity definition = (definitionId != null) ? cache.findProcessDefinitionFromCache(definitionId)
				: (definitionKey != null) ? cache.findDeployedLatestProcessDefinitionByKey(definitionKey) : null;
		if (definition == null) {
			return; // the engine answers for a process that does not exist
		}
		List<String> problems = DeployedForms.ofStart(definition, context).problems(submitted, Map.of(), true);
		if (!problems.isEmpty()) {
			// the caller's right to start it first, as for a task: a process they may not
			// start is refused as such, never with what its form says
			for (CommandChecker checker : context.getProcessEngineConfiguration().getCommandCheckers()) {
				checker.checkCreateProcessInstance(definition);
			}
			String name = ProcessNames.ofProcess(definition.getKey(),
					(definition.getName() != null) ? definition.getName() : definition.getKey(),
					LocaleContextHolder.getLocale());
			throw refused(command, Messages.refusal("start-refused", "The process ''{0}'' was not started: {1}", name,
					Messages.together(problems)));
		}
	}

	private static boolean isEmpty(Object value) {
		return value == null || (value instanceof Map<?, ?> map && map.isEmpty())
				|| (value instanceof Collection<?> collection && collection.isEmpty());
	}

	/**
	 * The refusal of a command, of the type the REST API answers as a client error with
	 * the message: 400 for a completion, a start (over its form's endpoint or not) and
	 * setting variables, 403 for patching variables (which the REST API would otherwise
	 * answer 500).
	 */
	private static ProcessEngineException refused(Command<?> command, String message) {
		if (command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
				|| command instanceof SubmitStartFormCmd || command instanceof StartProcessInstanceCmd) {
			return new FormFieldValidationException("variables", message);
		}
		if (command instanceof AbstractPatchVariablesCmd) {
			return new AuthorizationException(message);
		}
		return new BadUserRequestException(message);
	}

}
