package com.osb.salesops.support;

import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The running application on a real PostgreSQL, on a random port, with the
 * {@code postgres} profile: no demo users, the administrator from configuration.
 */
@ExtendWith(PostgresServer.class)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "camunda.bpm.admin-user.id=" + PostgresIntegrationTest.ADMIN,
				"camunda.bpm.admin-user.password=" + PostgresIntegrationTest.ADMIN_PASSWORD,
				// the tests speak plain HTTP to the server; WebHardeningPostgresIT checks
				// the default
				"salesops.security.secure-cookies=false" })
@ActiveProfiles("postgres")
public abstract class PostgresIntegrationTest {

	public static final String ADMIN = "admin";

	public static final String ADMIN_PASSWORD = "admin-secret-42";

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresServer.register(registry);
	}

}
