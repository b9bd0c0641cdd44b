package com.osb.salesops.shared.process;

import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

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
		return read(task.getProcessDefinitionId() + "/" + task.getTaskDefinitionKey(), context,
				() -> new GetDeployedTaskFormCmd(task.getId()).execute(context));
	}

	static FormFields ofStart(ProcessDefinitionEntity definition, CommandContext context) {
		return read(definition.getId() + "/start", context,
				() -> new GetDeployedStartFormCmd(definition.getId()).execute(context));
	}

	private static FormFields read(String key, CommandContext context, Supplier<InputStream> form) {
		return forms.computeIfAbsent(key, (ignored) -> {
			try {
				// the form is the model's, whoever asks: not subject to the caller's
				// rights
				return FormFields.read(context.runWithoutAuthorization(form::get));
			}
			catch (RuntimeException ex) {
				return FormFields.none();
			}
		});
	}

}
