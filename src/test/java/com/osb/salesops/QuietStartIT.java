package com.osb.salesops;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A start with nothing wrong warns of nothing: an operator who reads a warning in the log
 * has something to do. (A class of its own, so that the start it watches is its own.)
 */
@ExtendWith(OutputCaptureExtension.class)
class QuietStartIT {

	@Test
	void aFirstRunStartsWithoutAWarningOrAnError(CapturedOutput output) {
		// when: the first run the README describes, with its demo users
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SalesOpsApplication.class).run(
				"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1")) {

			// then
			List<String> loud = output.getAll()
				.lines()
				.filter((line) -> line.contains(" WARN ") || line.contains(" ERROR "))
				// the tests set the application's clock, which is worth a warning
				// anywhere else
				.filter((line) -> !line.contains("(salesops.clock.start)"))
				.toList();
			assertThat(loud).isEmpty();
		}
	}

}
