package com.osb.salesops.shared.process;

import com.osb.salesops.shared.classpath.ServiceFiles;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import org.springframework.stereotype.Component;

/**
 * Runs every engine command, on whichever thread (a request, the job executor, the
 * application's own calls), with {@link ServiceFiles} as the thread's context class
 * loader: the engine looks up the XML date factory through the class path's service files
 * each time it works out a duration (every timer, and the retry cycle of every job it
 * makes), which otherwise searches every jar of the class path.
 */
@Component
class ServiceFilesPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EngineCommands.intercept(configuration, InMemory::new);
	}

	/** Runs the command with the service files answered from memory. */
	static final class InMemory extends CommandInterceptor {

		@Override
		public <T> T execute(Command<T> command) {
			ClassLoader own = ServiceFiles.enter();
			try {
				return this.next.execute(command);
			}
			finally {
				ServiceFiles.leave(own);
			}
		}

	}

}
