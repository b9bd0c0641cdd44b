package com.osb.salesops.shared.process;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Gives the engine a session of the application's own for one of its session types. */
final class CustomSessions {

	private CustomSessions() {
	}

	/**
	 * Has every command open this session where it asks for the type (one of the engine's
	 * managers), keeping the sessions other plugins gave it.
	 */
	static void add(ProcessEngineConfigurationImpl configuration, Class<?> type, Supplier<Session> session) {
		List<SessionFactory> factories = new ArrayList<>();
		if (configuration.getCustomSessionFactories() != null) {
			factories.addAll(configuration.getCustomSessionFactories());
		}
		factories.add(new SessionFactory() {

			@Override
			public Class<?> getSessionType() {
				return type;
			}

			@Override
			public Session openSession() {
				return session.get();
			}

		});
		configuration.setCustomSessionFactories(factories);
	}

}
