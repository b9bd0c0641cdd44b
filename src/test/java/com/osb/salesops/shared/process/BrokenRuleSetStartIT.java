package com.osb.salesops.shared.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import com.osb.salesops.SalesOpsApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A Drools rule set that breaks its examples stops the start with one paragraph naming
 * the file and each broken example, not a stack trace. (A start that fails leaves the
 * engine's web filters unusable for the rest of the JVM, so this is a class of its own:
 * the integration tests run each class in a fresh JVM.)
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenRuleSetStartIT {

	@TempDir
	Path modelRoot;

	@Test
	void aBrokenRuleSetStopsTheStartWithOneParagraph(CapturedOutput output) throws IOException {
		// given
		FileSystemUtils.copyRecursively(Path.of("rules"), this.modelRoot.resolve("rules"));
		Path drl = this.modelRoot.resolve("rules/quota/quota-allocation.drl");
		Files.writeString(drl, Files.readString(drl)
			.replace("$rep.setRampFactor(new BigDecimal(\"0.5\"));", "$rep.setRampFactor(new BigDecimal(\"0.6\"));"));

		// when
		Throwable failed = catchThrowable(() -> new SpringApplicationBuilder(SalesOpsApplication.class).profiles("dev")
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
					"--salesops.models.root=" + this.modelRoot, "--salesops.demo.enabled=false"));

		// then
		assertThat(failed).isNotNull();
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
			.contains("A rule set was not loaded:\nrules/quota/*.drl: rule set 'quota-allocation' disagrees with 3"
					+ " of 7 examples in rules/quota/quota-allocation.examples.csv:\n")
			.contains("- worked example of POLICY 4 (line 6): idealQuota of rep R3 expected 81081.08, was 95744.68")
			.doesNotContain("\tat org.drools")
			.doesNotContain("\tat org.camunda");
	}

}
