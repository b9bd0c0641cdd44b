package com.osb.salesops.shared.process;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;

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
 * <p>
 * Code the engine runs for the process application (delegates, listeners, and the
 * engine's own steps between them) runs with the application's class loader instead,
 * which the engine sets; there the date factory is found through its system property,
 * which names the factory the class path provides, found once when the engine starts.
 */
@Component
class ServiceFilesPlugin extends AbstractProcessEnginePlugin {

	@Override
	public void preInit(ProcessEngineConfigurationImpl configuration) {
		EngineCommands.intercept(configuration, InMemory::new);
		pinDatatypeFactory();
	}

	/**
	 * Names, as the system property the JDK reads first, the XML date factory that a
	 * look-up finds now, unless the property names one already: later look-ups find the
	 * same factory without searching the class path.
	 */
	static void pinDatatypeFactory() {
		if (System.getProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY) == null) {
			try {
				System.setProperty(DatatypeFactory.DATATYPEFACTORY_PROPERTY,
						DatatypeFactory.newInstance().getClass().getName());
			}
			catch (DatatypeConfigurationException ex) {
				throw new IllegalStateException("The class path provides no XML date factory", ex);
			}
		}
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
