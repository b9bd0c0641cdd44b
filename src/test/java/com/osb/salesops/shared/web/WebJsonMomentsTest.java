package com.osb.salesops.shared.web;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.osb.salesops.shared.time.BusinessClock;
import org.junit.jupiter.api.Test;

import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API writes a moment in the business time zone with its offset, whether it is an
 * instant or a database timestamp, and a day as a day.
 */
class WebJsonMomentsTest {

	@Test
	void writesMomentsInBusinessTimeAndDaysAsDays() throws Exception {
		Instant moment = Instant.parse("2026-11-16T02:00:00Z");
		BusinessClock clock = new BusinessClock(ZoneId.of("Asia/Shanghai"), Clock.fixed(moment, ZoneOffset.UTC));
		// as Spring Boot configures it
		Jackson2ObjectMapperBuilder builder = Jackson2ObjectMapperBuilder.json()
			.featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
		new WebJsonConfiguration().momentsInBusinessTime(clock).customize(builder);
		ObjectMapper json = builder.build();
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("instant", moment);
		values.put("timestamp", Timestamp.from(moment));
		values.put("day", java.sql.Date.valueOf(LocalDate.of(2026, 11, 16)));
		values.put("localDay", LocalDate.of(2026, 11, 16));

		String written = json.writeValueAsString(values);

		assertThat(written).isEqualTo("{\"instant\":\"2026-11-16T10:00:00+08:00\",\"timestamp\":"
				+ "\"2026-11-16T10:00:00+08:00\",\"day\":\"2026-11-16\",\"localDay\":\"2026-11-16\"}");
	}

}
