package com.osb.salesops.shared.process;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/**
 * The fields of the Camunda Forms deployed with each process definition, read once per
 * definition and task: a new deployment is a new definition, so a changed form is read
 * anew. A task or a start without a deployed form takes no fields at all.
 */
final class DeployedForms {

	private static final Map<String, FormFields> forms = new ConcurrentHashMap<>();

	private DeployedForms() {
	}

	static FormFields ofTask(TaskEntity task, CommandContext context) {
		if (task.getProcessDefinitionId() == null || task.getTaskDefinitionKey() == null) {
			return FormFields.none();
		}
		return read(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(),
				modelsOwn(context, () -> new GetDeployedTaskFormCmd(task.getId()).execute(context)));
	}

	static FormFields ofStart(ProcessDefinitionEntity definition, CommandContext context) {
		return read(definition.getId() + "/start",
				modelsOwn(context, () -> new GetDeployedStartFormCmd(definition.getId()).execute(context)));
	}

	/**
	 * The form's fields, read once. Where the model has no readable form (no form key, no
	 * such resource, content that is not a form) that is remembered as none; a failure of
	 * the engine itself, such as a database that does not answer, is the caller's and
	 * nothing is remembered.
	 */
	static FormFields read(String key, Supplier<InputStream> form) {
		FormFields known = forms.get(key);
		if (known != null) {
			return known;
		}
		FormFields read;
		try {
			read = FormFields.read(form.get());
		}
		catch (BadUserRequestException | NullValueException ex) {
			read = FormFields.none();
		}
		catch (ProcessEngineException ex) {
			throw ex;
		}
		catch (RuntimeException ex) {
			// the form itself cannot be read as one
			read = FormFields.none();
		}
		FormFields first = forms.putIfAbsent(key, read);
		return (first != null) ? first : read;
	}

	/** The form is the model's, whoever asks: not subject to the caller's rights. */
	private static Supplier<InputStream> modelsOwn(CommandContext context, Supplier<InputStream> form) {
		return () -> context.runWithoutAuthorization(form::get);
	}

}
