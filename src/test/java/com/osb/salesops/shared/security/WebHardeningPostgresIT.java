package com.osb.salesops.shared.security;

import java.net.http.HttpResponse;
import java.util.List;

import com.osb.salesops.SalesOpsApplication;
import com.osb.salesops.support.Http;
import com.osb.salesops.support.PostgresIntegrationTest;
import com.osb.salesops.support.PostgresServer;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The production profile as it ships: no administrator taken from a browser, secure
 * cookies, security headers on every response, and a plain 404 for what does not exist.
 */
@TestPropertySource(properties = "salesops.security.secure-cookies=true")
class WebHardeningPostgresIT extends PostgresIntegrationTest {

	@LocalServerPort
	int port;

	@Autowired
	IdentityService identityService;

	@Test
	void theFirstRunSetupNeverMakesAnAdministrator() {
		// given no one in the administrators' group any more
		this.identityService.deleteMembership(ADMIN, "camunda-admin");
		try {
			// when
			HttpResponse<String> setup = new Http(this.port).postJson("/camunda/api/admin/setup/default/user/create",
					"""
							{"profile":{"id":"intruder","firstName":"I","lastName":"N","email":"i@n.example"},
							 "credentials":{"password":"intruder-secret-1"}}""");

			// then
			assertThat(setup.statusCode()).isEqualTo(403);
			assertThat(this.identityService.createUserQuery().userId("intruder").count()).isZero();
		}
		finally {
			this.identityService.createMembership(ADMIN, "camunda-admin");
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/me", "/engine-rest/engine", "/camunda/app/tasklist/", "/actuator/health",
			"/no-such-page" })
	void everyResponseCarriesTheSecurityHeaders(String path) {
		// when
		HttpResponse<String> response = new Http(this.port).as(ADMIN, ADMIN_PASSWORD).get(path);

		// then
		assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("SAMEORIGIN");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void webappCookiesAreSecureHttpOnlyAndSameSite() {
		// when
		HttpResponse<String> tasklist = new Http(this.port).get("/camunda/app/tasklist/default/");

		// then
		List<String> cookies = tasklist.headers().allValues("Set-Cookie");
		assertThat(cookies).isNotEmpty().allSatisfy((cookie) -> {
			assertThat(cookie).containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Lax");
		});
		assertThat(cookies).filteredOn((cookie) -> cookie.startsWith("JSESSIONID"))
			.allSatisfy((cookie) -> assertThat(cookie).containsIgnoringCase("HttpOnly"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/foo", "/camunda-welcome", "/actuator/env", "/actuator/beans", "/api/no-such-thing" })
	void whatDoesNotExistIsAPlain404(String path) {
		// when
		HttpResponse<String> anonymous = new Http(this.port).get(path);
		HttpResponse<String> signedIn = new Http(this.port).as(ADMIN, ADMIN_PASSWORD).get(path);

		// then
		assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(404);
		assertThat(anonymous.statusCode()).isIn(401, 404);
		assertThat(signedIn.body()).doesNotContain("java.", "org.springframework", "Exception");
	}

	@Test
	void productionRefusesToStartWithoutAnAdministrator() {
		// when
		assertThatThrownBy(() -> new SpringApplicationBuilder(SalesOpsApplication.class).profiles("postgres")
			.run("--server.port=0", "--spring.datasource.url=" + PostgresServer.url(),
					"--spring.datasource.username=" + PostgresServer.user(),
					"--spring.datasource.password=" + PostgresServer.password(), "--camunda.bpm.admin-user.id=",
					"--camunda.bpm.admin-user.password="))
			// then
			.hasStackTraceContaining("CAMUNDA_BPM_ADMINUSER_ID")
			.hasStackTraceContaining("CAMUNDA_BPM_ADMINUSER_PASSWORD");
	}

}
