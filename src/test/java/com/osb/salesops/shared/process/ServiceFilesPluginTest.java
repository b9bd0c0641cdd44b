package com.osb.salesops.shared.process;

import com.osb.salesops.shared.classpath.ServiceFiles;
import com.osb.salesops.support.ProcessTest;
import org.camunda.bpm.engine.ProcessEngine;
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

}
