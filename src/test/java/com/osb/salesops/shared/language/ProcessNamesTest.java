package com.osb.salesops.shared.language;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import com.osb.salesops.shared.web.Bundles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every process and every user task has its Simplified Chinese name next to the model,
 * and a task's name as the engine keeps it is translated with what it is about kept.
 */
class ProcessNamesTest {

	private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");

	private final ProcessNames names = new ProcessNames();

	@Test
	void everyProcessAndUserTaskHasItsChineseName() throws IOException {
		List<String> missing = new ArrayList<>();
		this.names.english().forEach((key, english) -> {
			String process = key.contains(".") ? key.substring(0, key.indexOf('.')) : key;
			String element = key.contains(".") ? key.substring(key.indexOf('.') + 1) : key;
			if (bundle(process).getProperty(element, "").isBlank()) {
				missing.add("processes/" + process + "_zh_CN.properties: " + element + " (" + english + ")");
			}
		});

		assertThat(this.names.english()).containsKey("order-approval.Task_ApproveOrder");
		assertThat(missing).as("names without Chinese").isEmpty();
	}

	@Test
	void translatesATasksDescriptionFromItsModelKeepingTheNotesAddedToIt() {
		String english = "The rep corrects the forecast sent back, in the form or as a CSV upload.";

		assertThat(this.names.taskDescription("sales-forecast", "Task_ReviseForecast", english, CHINESE))
			.containsPattern("\\p{IsHan}")
			.doesNotContain("corrects");
		assertThat(this.names.taskDescription("sales-forecast", "Task_ReviseForecast", english + "\n\n已转给 director",
				CHINESE))
			.endsWith("\n\n已转给 director")
			.doesNotContain("corrects");
		assertThat(this.names.taskDescription("sales-forecast", "Task_ReviseForecast", english, Locale.ENGLISH))
			.isEqualTo(english);
		assertThat(this.names.taskDescription("sales-forecast", "Task_ReviseForecast", "Written by hand", CHINESE))
			.isEqualTo("Written by hand");
		assertThat(this.names.english()).containsKey("sales-forecast.Task_ReviseForecast.documentation");
	}

	@Test
	void translatesATaskNameKeepingWhatItIsAbout() {
		try (Bundles bundles = Bundles.loaded(CHINESE)) {
			translatesATaskName();
		}
	}

	private void translatesATaskName() {
		assertThat(this.names.task("order-approval", "Task_ApproveOrder",
				"Approve order: SC20261116DD0001, Acme Trading, 2,400.00 CNY", CHINESE))
			.isEqualTo("审批订单：SC20261116DD0001，Acme Trading，¥2,400.00");
		assertThat(this.names.task("order-return", "Task_ApproveReturnAsDirector",
				"Approve return TH20261116001 as director", CHINESE))
			.isEqualTo("以总监身份审批退货 TH20261116001");
		assertThat(this.names.task("order-approval", "Task_ApproveOrder", "Approve order", Locale.ENGLISH))
			.isEqualTo("Approve order");
		assertThat(this.names.task("order-approval", "Task_ApproveOrder", "Renamed by hand", CHINESE))
			.isEqualTo("Renamed by hand");
		assertThat(this.names.process("order-to-remittance", "Order to remittance", CHINESE)).isEqualTo("订单到回款");
		// known only by its name, a task is named after the most particular model name
		assertThat(this.names.task("Approve return SC20261207TH0001 as director: SC20261207DD0001, Acme, 1,440.00 CNY")
			.in(CHINESE)).isEqualTo("以总监身份审批退货 SC20261207TH0001：SC20261207DD0001，Acme，¥1,440.00");
	}

	private static Properties bundle(String process) {
		Properties bundle = new Properties();
		Path file = Path.of("processes", process + "_zh_CN.properties");
		if (Files.isRegularFile(file)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				bundle.load(reader);
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException(ex);
			}
		}
		return bundle;
	}

}
