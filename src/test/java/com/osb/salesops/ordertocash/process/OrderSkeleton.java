package com.osb.salesops.ordertocash.process;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.ScriptTask;
import org.camunda.bpm.model.bpmn.instance.SendTask;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaTaskListener;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import static org.camunda.bpm.model.bpmn.impl.BpmnModelConstants.CAMUNDA_NS;

/**
 * The bare shape of the order processes, made from the product's own {@code processes/}
 * when it is needed: the same user tasks, async boundaries, call activities, variable
 * mappings and timers, with every delegate, listener, business-rule task and script
 * replaced by a step that does nothing but set the few routing facts the gateways read,
 * so that an order takes the path of a NET-terms order approved by the sales manager
 * alone. Runs on a bare engine with default settings (history full) against a database of
 * its own.
 */
public final class OrderSkeleton {

	/** The processes an order runs through: the main flow and its two call activities. */
	public static final List<String> PROCESSES = List.of("order-to-remittance", "order-approval", "order-invoicing");

	/** What the bare engine's expressions may name in place of the product's beans. */
	private static final Map<String, Object> BEANS = Map.of("hooks",
			Map.of("retryCycle", "R3/PT1M", "dispatchTimeout", "P3D", "warehouseSystem", false, "releaseAfter", "PT0S"),
			"orderApprovalChain", new ApprovalChain());

	private static final List<String> BEHAVIOUR_ATTRIBUTES = List.of("class", "delegateExpression", "expression",
			"decisionRef", "decisionRefBinding", "decisionRefVersion", "decisionRefTenantId", "resultVariable",
			"mapDecisionResult", "topic", "type", "formRef", "formRefBinding", "formRefVersion", "formKey");

	private OrderSkeleton() {
	}

	/** The skeleton of one of the product's process files. */
	public static BpmnModelInstance skeleton(Path file) {
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
		for (Task task : model.getModelElementsByType(Task.class)) {
			if (task instanceof ServiceTask || task instanceof BusinessRuleTask || task instanceof SendTask
					|| task instanceof UserTask) {
				removeBehaviour(task);
			}
			if (task instanceof ServiceTask || task instanceof BusinessRuleTask || task instanceof SendTask) {
				task.getDomElement().setAttribute(CAMUNDA_NS, "class", NoOpDelegate.class.getName());
			}
			if (task instanceof ScriptTask) {
				throw new IllegalStateException("A script task in the order processes needs a no-op: " + task.getId());
			}
		}
		for (CamundaTaskListener listener : model.getModelElementsByType(CamundaTaskListener.class)) {
			removeBehaviour(listener);
			listener.setCamundaClass(NoOpTaskListener.class.getName());
		}
		for (CamundaExecutionListener listener : model.getModelElementsByType(CamundaExecutionListener.class)) {
			removeBehaviour(listener);
			listener.setCamundaClass(NoOpExecutionListener.class.getName());
		}
		Bpmn.validateModel(model);
		return model;
	}

	private static void removeBehaviour(ModelElementInstance element) {
		DomElement dom = element.getDomElement();
		for (String attribute : BEHAVIOUR_ATTRIBUTES) {
			if (dom.hasAttribute(CAMUNDA_NS, attribute)) {
				dom.removeAttribute(CAMUNDA_NS, attribute);
			}
		}
	}

	/**
	 * A bare engine with default settings but full history and its job executor running,
	 * on the database at that URL, with the skeletons of the order processes deployed.
	 */
	public static ProcessEngine engine(String jdbcUrl, String user, String password, Path processes) {
		StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
		configuration.setProcessEngineName("order-skeleton");
		configuration.setJdbcUrl(jdbcUrl);
		configuration.setJdbcDriver("org.postgresql.Driver");
		configuration.setJdbcUsername(user);
		configuration.setJdbcPassword(password);
		configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
		configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
		configuration.setJobExecutorActivate(true);
		configuration.setBeans(new HashMap<>(BEANS));
		ProcessEngine engine = configuration.buildProcessEngine();
		DeploymentBuilder deployment = engine.getRepositoryService()
			.createDeployment()
			.name("order-skeleton")
			.enableDuplicateFiltering(false);
		for (String key : PROCESSES) {
			deployment.addModelInstance(key + ".bpmn", skeleton(processes.resolve(key + ".bpmn")));
		}
		deployment.deploy();
		return engine;
	}

	/**
	 * Does nothing but set the routing facts the product's step of that id sets on the
	 * road of a NET-terms order within the sales manager's authority.
	 */
	public static class NoOpDelegate implements JavaDelegate {

		@Override
		public void execute(DelegateExecution execution) {
			switch (execution.getCurrentActivityId()) {
				case "Task_LoadOrder" -> execution.setVariable("repUserId", "tina");
				case "Task_CheckCredit" -> {
					execution.setVariable("creditResult", "PASS");
					execution.setVariable("paymentTerms", "NET60");
				}
				case "Task_DetermineApprovalLevel" -> execution.setVariable("approvalLevel", "SALES_MANAGER");
				default -> {
				}
			}
		}

	}

	/** Does nothing. */
	public static class NoOpTaskListener implements TaskListener {

		@Override
		public void notify(DelegateTask task) {
		}

	}

	/** Does nothing. */
	public static class NoOpExecutionListener implements ExecutionListener {

		@Override
		public void notify(DelegateExecution execution) {
		}

	}

	/** The approval chain of an order within the sales manager's authority. */
	public static class ApprovalChain {

		public List<String> groupsUpTo(String approvalLevel) {
			return List.of("sales-manager");
		}

	}

}
