package com.osb.salesops.shared.process;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Date;
import java.util.Enumeration;
import java.util.List;

import javax.xml.datatype.DatatypeFactory;

import com.osb.salesops.shared.classpath.ServiceFiles;
import com.osb.salesops.support.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.calendar.DurationHelper;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every engine command, in either of the engine's transaction chains, runs with the class
 * path's service files answered from memory, and the thread's own context class loader is
 * back once it ends.
 */
@ProcessTest
class ServiceFilesPluginTest {

	@Autowired
	ProcessEngine engine;

	@Test
	void aCommandRunsWithServiceFilesFromMemoryAndTheThreadsOwnLoaderIsBackAfterIt() {
		// given
		ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) this.engine
			.getProcessEngineConfiguration();
		ClassLoader own = Thread.currentThread().getContextClassLoader();

		for (CommandExecutor chain : new CommandExecutor[] { configuration.getCommandExecutorTxRequired(),
				configuration.getCommandExecutorTxRequiresNew() }) {
			// when
			ClassLoader inCommand = chain.execute((context) -> Thread.currentThread().getContextClassLoader());

			// then
			assertThat(inCommand).isInstanceOf(ServiceFiles.class);
			assertThat(inCommand.getParent()).isSameAs(own);
			assertThat(Thread.currentThread().getContextClassLoader()).isSameAs(own);
		}
	}

	@Test
	void aDurationWorkedOutWithAnyContextLoaderFindsTheDateFactoryWithoutReadingServiceFiles() throws Exception {
		// given: a thread whose context loader counts the service files asked of it, as
		// the
		// process application's class loader would be in the engine's steps for it
		List<String> asked = new ArrayList<>();
		ClassLoader own = Thread.currentThread().getContextClassLoader();
		Thread.currentThread().setContextClassLoader(new ClassLoader(own) {
			@Override
			public Enumeration<URL> getResources(String name) throws IOException {
				asked.add(name);
				return super.getResources(name);
			}
		});
		try {
			// when
			Date due = new DurationHelper("PT5M", new Date(0)).getDateAfter();

			// then
			assertThat(due).isEqualTo(new Date(5 * 60 * 1000));
			assertThat(asked).isEmpty();
		}
		finally {
			Thread.currentThread().setContextClassLoader(own);
		}
		assertThat(System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY))
			.isEqualTo(DatatypeFactory.DATATYPEFACTORY_IMPLEMENTATION_CLASS);
	}

}
