package com.osb.salesops.shared.process;

import com.osb.salesops.shared.SalesOpsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Provides the application's clock as a {@link java.time.Clock}, for all code that needs
 * the time.
 */
@Configuration(proxyBeanMethods = false)
class ApplicationClockConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ApplicationClockConfiguration.class);

	@Bean
	ApplicationClock applicationClock(SalesOpsProperties properties) {
		var start = properties.clock().start();
		if (start != null) {
			log.warn("The application's clock was set to start at {} (salesops.clock.start)", start);
		}
		return ApplicationClock.startingAt(start);
	}

}
