package com.osb.salesops.shared.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The naming and settings every model in {@code processes/}, {@code rules/} and
 * {@code forms/} keeps, so that keys stay usable in REST URLs and Cockpit stays readable.
 */
class ModelConventionsTest {

	private static final Pattern GENERATED = Pattern.compile(".*_[0-9a-z]{7}$|^(sid|id)-.*|.*[0-9a-f]{8}-.*");

	static Stream<Path> processes() throws IOException {
		return files("processes", ".bpmn");
	}

	static Stream<Path> decisions() throws IOException {
		return files("rules", ".dmn");
	}

	static Stream<Path> forms() throws IOException {
		return files("forms", ".form");
	}

	@ParameterizedTest
	@MethodSource("processes")
	void processIsNamedAfterItsFileAndKeepsItsHistoryForATime(Path file) {
		// when
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

		// then
		List<Process> executable = model.getModelElementsByType(Process.class)
			.stream()
			.filter(Process::isExecutable)
			.toList();
		assertThat(executable).singleElement().satisfies((process) -> {
			assertThat(process.getId()).isEqualTo(baseName(file));
			assertThat(process.getCamundaHistoryTimeToLiveString()).as("historyTimeToLive").isNotBlank();
		});
	}

	@ParameterizedTest
	@MethodSource("processes")
	void elementIdsAreNamedNotGenerated(Path file) {
		// when
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

		// then
		assertThat(model.getModelElementsByType(FlowNode.class)).extracting(BaseElement::getId)
			.allSatisfy((id) -> assertThat(id).doesNotMatch(GENERATED)
				.matches(
						"(StartEvent|EndEvent|Task|CallActivity|Gateway|BoundaryEvent|IntermediateEvent|SubProcess)_[A-Z][A-Za-z0-9]+"));
	}

	@ParameterizedTest
	@MethodSource("processes")
	void everyUserTaskHasACamundaForm(Path file) {
		// when
		BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());

		// then
		assertThat(model.getModelElementsByType(UserTask.class))
			.allSatisfy((task) -> assertThat(task.getCamundaFormRef()).as(task.getId()).isNotBlank());
	}

	@ParameterizedTest
	@MethodSource("decisions")
	void decisionsKeepTheirHistoryAndExplainEveryRule(Path file) {
		// when
		var model = Dmn.readModelFromFile(file.toFile());

		// then
		assertThat(model.getModelElementsByType(Decision.class)).allSatisfy((decision) -> {
			assertThat(decision.getId()).matches("[a-z]+(-[a-z]+)*");
			assertThat(decision.getCamundaHistoryTimeToLiveString()).as(decision.getId()).isNotBlank();
		});
		assertThat(model.getModelElementsByType(Rule.class))
			.allSatisfy((rule) -> assertThat(rule.getDescription()).as(rule.getId() + " annotation")
				.isNotNull()
				.satisfies((description) -> assertThat(description.getTextContent()).isNotBlank()));
	}

	@ParameterizedTest
	@MethodSource("forms")
	void formIdIsItsFileNameInAFolderNamedAfterItsProcess(Path file) throws IOException {
		// when
		JsonNode form = new ObjectMapper().readTree(file.toFile());

		// then
		assertThat(form.get("id").asText()).isEqualTo(baseName(file));
		assertThat(Files.exists(Path.of("processes", file.getParent().getFileName() + ".bpmn")))
			.as("processes/%s.bpmn", file.getParent().getFileName())
			.isTrue();
	}

	private static Stream<Path> files(String folder, String suffix) throws IOException {
		try (Stream<Path> files = Files.walk(Path.of(folder))) {
			return files.filter((path) -> path.toString().endsWith(suffix)).sorted().toList().stream();
		}
	}

	private static String baseName(Path file) {
		String name = file.getFileName().toString();
		return name.substring(0, name.lastIndexOf('.'));
	}

}
