package com.osb.salesops.shared.language;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import com.osb.salesops.shared.SalesOpsProperties;
import com.osb.salesops.shared.SalesOpsProperties.Demo;
import com.osb.salesops.shared.SalesOpsProperties.Models;
import com.osb.salesops.shared.time.BusinessClock;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A user's language is read from the database; while the database does not answer, every
 * answer (the one asking the caller to come back first of all) is still written, in the
 * company's language.
 */
class UserLanguagesTest {

	@Test
	void theCompanysLanguageWhileTheDatabaseDoesNotAnswer() {
		// given a database that does not answer
		JdbcClient away = JdbcClient
			.create(new DriverManagerDataSource("jdbc:postgresql://127.0.0.1:1/away?connectTimeout=2"));
		SalesOpsProperties properties = new SalesOpsProperties(ZoneId.of("Asia/Shanghai"),
				new Models(false, ".", false), new Demo(false), new SalesOpsProperties.ClockSettings(null));
		UserLanguages languages = new UserLanguages(away, properties,
				new BusinessClock(properties, Clock.fixed(Instant.parse("2026-11-16T02:00:00Z"), ZoneId.of("UTC"))));

		// when
		Locale language = languages.of("lan");

		// then
		assertThat(language).isEqualTo(Locale.forLanguageTag("zh-CN"));
		assertThat(languages.chosen("lan")).isEmpty();
	}

}
