package com.osb.salesops.shared.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevelFull;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.persistence.entity.VariableInstanceEntity;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * Offers the engine the history level {@value #NAME}, which the application chooses
 * ({@code camunda.bpm.history-level}): full history, the same level to the database (3),
 * except for a task's form texts ({@link FormTexts}), which are neither kept as historic
 * variables nor as their details. {@code full} keeps them as well.
 */
@Component
class FormTextsHistoryPlugin extends AbstractProcessEnginePlugin {

	/** The level's name. */
	static final String NAME = "full-without-form-texts";

	private final Supplier<Set<String>> names;

	FormTextsHistoryPlugin(ObjectProvider<FormTexts> texts) {
		this.names = SingletonSupplier.of(() -> texts.orderedStream()
			.flatMap((declared) -> declared.formTexts().stream())
			.collect(Collectors.toUnmodifiableSet()));
	}

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		List<HistoryLevel> levels = new ArrayList<>();
		if (configuration.getCustomHistoryLevels() != null) {
			levels.addAll(configuration.getCustomHistoryLevels());
		}
		levels.add(new WithoutFormTexts(this.names));
		configuration.setCustomHistoryLevels(levels);
	}

	/** Full history but for the form texts of tasks. */
	static final class WithoutFormTexts extends HistoryLevelFull {

		private final Supplier<Set<String>> names;

		WithoutFormTexts(Supplier<Set<String>> names) {
			this.names = names;
		}

		@Override
		public String getName() {
			return NAME;
		}

		@Override
		public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
			return !(entity instanceof VariableInstanceEntity variable && variable.getTaskId() != null
					&& this.names.get().contains(variable.getName()));
		}

	}

}
