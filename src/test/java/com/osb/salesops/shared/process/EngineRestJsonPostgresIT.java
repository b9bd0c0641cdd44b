package com.osb.salesops.shared.process;

import java.time.LocalDate;
import java.util.Date;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.OrderDesk;
import com.osb.salesops.support.PostgresIntegrationTest;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.inject.InjectionManager;
import org.glassfish.jersey.servlet.ServletContainer;
import org.glassfish.jersey.spi.ContextResolvers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.servlet.ServletRegistrationBean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's REST API reads and writes JSON with one mapper, configured as the API
 * configures its own, instead of a new one made and configured for every request.
 */
class EngineRestJsonPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Autowired
	@Qualifier("jerseyServletRegistration")
	ServletRegistrationBean<ServletContainer> jersey;

	@Test
	void everyRequestOfTheEngineApiGetsTheSameMapperConfiguredAsTheApiConfiguresItsOwn() throws Exception {
		// given
		OrderDesk.hireCrew(this.identityService);
		Http.json(new Http(this.port).as("asha").get("/engine-rest/task?maxResults=1"), 200);
		InjectionManager injections = this.jersey.getServlet().getApplicationHandler().getInjectionManager();
		ContextResolvers resolvers = injections.getInstance(ContextResolvers.class);

		// when
		ContextResolver<ObjectMapper> json = resolvers.resolve(ObjectMapper.class, MediaType.APPLICATION_JSON_TYPE);
		ContextResolver<ObjectMapper> hal = resolvers.resolve(ObjectMapper.class, Hal.APPLICATION_HAL_JSON_TYPE);
		ObjectMapper first = json.getContext(Object.class);

		// then
		assertThat(json.getContext(Object.class)).isSameAs(first);
		assertThat(hal.getContext(Object.class)).isSameAs(first);
		ObjectMapper own = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
		Map<String, Object> value = Map.of("created", new Date(1_780_000_000_123L), "day", LocalDate.of(2026, 12, 5));
		assertThat(first.writeValueAsString(value)).isEqualTo(own.writeValueAsString(value));
		String unknown = "{\"id\":\"t1\",\"nothingKnown\":1}";
		assertThat(first.readValue(unknown, Named.class).id).isEqualTo(own.readValue(unknown, Named.class).id)
			.isEqualTo("t1");
		assertThat(first.readValue("{\"at\":\"2026-12-05T10:00:00.000+0800\"}", Dated.class).at)
			.isEqualTo(own.readValue("{\"at\":\"2026-12-05T10:00:00.000+0800\"}", Dated.class).at);
	}

	static class Named {

		public String id;

	}

	static class Dated {

		public Date at;

	}

}
