package com.osb.salesops.shared.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The engine's REST API reads and writes JSON with one mapper, configured by the API's
 * own {@link JacksonConfigurator} once, where the API would make and configure a new
 * mapper for every request. A mapper is safe to share once configured: nothing in the API
 * changes it, and it copies its date format for each use.
 */
@Configuration(proxyBeanMethods = false)
class EngineRestJsonConfiguration {

	@Bean
	ResourceConfigCustomizer engineRestJson() {
		return (config) -> config.register(new OneMapper());
	}

	/**
	 * Asked before the API's own resolver (a lower priority number comes first), it
	 * answers every request with the same mapper.
	 */
	@Produces({ MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON })
	@Priority(1)
	static final class OneMapper implements ContextResolver<ObjectMapper> {

		private final ObjectMapper mapper = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

		@Override
		public ObjectMapper getContext(Class<?> type) {
			return this.mapper;
		}

	}

}
