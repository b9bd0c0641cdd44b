package com.osb.salesops.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import com.osb.salesops.shared.process.ApplicationClock;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The time as the application under test sees it: the engine's clock, which the tests'
 * configuration ({@code config/application.yaml} among the test resources) starts on a
 * fixed business date, whatever the day the tests run.
 */
public final class TestClock {

	public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

	/** The moment every test starts at. */
	public static final OffsetDateTime START = configuredStart();

	private TestClock() {
	}

	public static Instant now() {
		return ClockUtil.getCurrentTime().toInstant();
	}

	/** Today in business time. */
	public static LocalDate today() {
		return LocalDate.ofInstant(now(), BUSINESS_ZONE);
	}

	/** Puts the clock back at the start, after a test moved it. */
	public static void reset() {
		ApplicationClock.startingAt(START);
	}

	private static OffsetDateTime configuredStart() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("config/application.yaml"));
		return OffsetDateTime.parse(yaml.getObject().getProperty("salesops.clock.start"));
	}

}
