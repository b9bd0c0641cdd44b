package com.osb.salesops.shared.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.repository.DeploymentBuilderImpl;

/**
 * Who deploys what. Analysts ({@code sales-ops}) own the rules: they deploy decision
 * tables (with their tables of examples) and forms. A process model can run code
 * (scripts, Java classes, expressions), so only an administrator deploys one; and a
 * decision table deployed by anyone else may use FEEL alone, never a scripting or
 * expression language that reaches the server. A refused deployment names each resource
 * and why, and stores nothing.
 */
class DeploymentGuard extends CommandInterceptor {

	private static final List<String> ANALYST_SUFFIXES = List.of(".dmn", ".dmn11.xml", ".form", ".examples.csv");

	@Override
	public <T> T execute(Command<T> command) {
		if (command instanceof DeployCmd && byAnalyst()) {
			DeploymentBuilderImpl builder = builder(command);
			List<String> problems = problems(resourcesOf(builder));
			if (!builder.getDeployments().isEmpty() || !builder.getDeploymentResourcesById().isEmpty()
					|| !builder.getDeploymentResourcesByName().isEmpty()) {
				problems.add(Messages.text("field.deployment-redeployment",
						"resources of earlier deployments (a redeployment)"));
			}
			if (!problems.isEmpty()) {
				throw new AuthorizationException(Messages.refusal("deployment-refused",
						"Only an administrator deploys this: {0}", Messages.together(problems)));
			}
		}
		return this.next.execute(command);
	}

	private static boolean byAnalyst() {
		CommandContext context = Context.getCommandContext();
		return EngineCommands.byUser(context) && !EngineCommands.byAdministrator(context);
	}

	static List<String> problems(Map<String, ResourceEntity> resources) {
		List<String> problems = new ArrayList<>();
		resources.forEach((name, resource) -> {
			String lower = name.toLowerCase(Locale.ROOT);
			if (ANALYST_SUFFIXES.stream().noneMatch(lower::endsWith)) {
				problems.add(name + " " + Messages.text("field.deployment-resource-kind",
						"is not a decision table, a table of examples or a form"));
			}
			else if ((lower.endsWith(".dmn") || lower.endsWith(".dmn11.xml")) && resource.getBytes() != null) {
				Set<String> languages = DecisionLanguages.otherThanFeel(resource.getBytes());
				if (!languages.isEmpty()) {
					problems.add(name + " " + Messages.text("field.deployment-expression-language",
							"uses the expression language {0}; only FEEL", String.join(", ", languages)));
				}
			}
		});
		return problems;
	}

	private static Map<String, ResourceEntity> resourcesOf(DeploymentBuilderImpl builder) {
		Map<String, ResourceEntity> resources = builder.getDeployment().getResources();
		return (resources != null) ? resources : Map.of();
	}

	private static DeploymentBuilderImpl builder(Object command) {
		return EngineCommands.field(command, DeployCmd.class, "deploymentBuilder");
	}

}
