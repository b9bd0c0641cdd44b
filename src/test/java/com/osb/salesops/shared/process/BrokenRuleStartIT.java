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
 * A decision that breaks its examples stops the start with one paragraph naming the file
 * and each broken example, not a stack trace. (A start that fails leaves the engine's web
 * filters unusable for the rest of the JVM, so this is a class of its own: the
 * integration tests run each class in a fresh JVM.)
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenRuleStartIT {

	@TempDir
	Path modelRoot;

	@Test
	void aBrokenDecisionStopsTheStartWithOneParagraph(CapturedOutput output) throws IOException {
		// given
		FileSystemUtils.copyRecursively(Path.of("rules"), this.modelRoot.resolve("rules"));
		Files.writeString(this.modelRoot.resolve("rules/order-approval-level.examples.csv"), """
				example,orderTotal,maxDiscountPercent,grade,approvalLevel
				a small order now needs the director,50000,5,A,SALES_DIRECTOR
				""");

		// when
		Throwable failed = catchThrowable(() -> new SpringApplicationBuilder(SalesOpsApplication.class).run(
				"--server.port=0", "--spring.datasource.url=jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
				"--salesops.models.root=" + this.modelRoot, "--salesops.demo.enabled=false"));

		// then
		assertThat(failed).isNotNull();
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
			.contains("A rule was not deployed:\nrules/order-approval-level.dmn: decision 'order-approval-level'"
					+ " disagrees with 1 of 1 examples in rules/order-approval-level.examples.csv:\n"
					+ "- a small order now needs the director (line 2): approvalLevel expected SALES_DIRECTOR,"
					+ " was SALES_MANAGER")
			.doesNotContain("\tat org.camunda");
	}

}
