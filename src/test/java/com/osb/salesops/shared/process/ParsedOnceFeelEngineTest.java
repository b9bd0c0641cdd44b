package com.osb.salesops.shared.process;

import java.io.ByteArrayInputStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.dmn.engine.impl.DefaultDmnEngineConfiguration;
import org.camunda.bpm.dmn.feel.impl.juel.FeelEngineImpl;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngine;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.feel.FeelEngine;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The decision tables' FEEL engine parses each text once and otherwise decides exactly as
 * Camunda's own: same results on a released table, failures not kept, a bounded cache,
 * one parse shared by threads, and the process engine's tables use it.
 */
class ParsedOnceFeelEngineTest {

	private static final String DECISION = "order-approval-level";

	@Test
	void decidesAsCamundasOwnEngineOnAReleasedTable() throws Exception {
		// given
		byte[] dmn = Files.readAllBytes(Path.of("rules", DECISION + ".dmn"));
		DmnEngine plain = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
		DmnEngine parsedOnce = ParsedOnceFeelEngine
			.install((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
			.buildEngine();
		DmnDecision plainDecision = plain.parseDecision(DECISION, new ByteArrayInputStream(dmn));
		DmnDecision parsedOnceDecision = parsedOnce.parseDecision(DECISION, new ByteArrayInputStream(dmn));

		// when
		List<Object> plainResults = new ArrayList<>();
		List<Object> parsedOnceResults = new ArrayList<>();
		for (Map<String, Object> variables : orders()) {
			for (int round = 0; round < 2; round++) {
				plainResults.add(plain.evaluateDecisionTable(plainDecision, variables).getResultList());
				parsedOnceResults.add(parsedOnce.evaluateDecisionTable(parsedOnceDecision, variables).getResultList());
			}
		}

		// then
		assertThat(parsedOnceResults).isEqualTo(plainResults);
		assertThat(plainResults.stream().distinct().count()).as("different levels").isGreaterThan(2);
	}

	@Test
	void parsesEachTextOnceAndKeepsNoFailure() {
		// given
		ParsedOnceFeelEngine engine = newEngine();

		// when
		var first = engine.parseExpression("amount * 2");
		var second = engine.parseExpression("amount * 2");
		var tests = engine.parseUnaryTests("> 100");
		var broken = engine.parseExpression("amount *");

		// then
		assertThat(first.isRight()).isTrue();
		assertThat(second).isSameAs(first);
		assertThat(engine.parseUnaryTests("> 100")).isSameAs(tests);
		assertThat(broken.isLeft()).isTrue();
		assertThat(engine.cached()).isEqualTo(2);
		assertThat(new FeelEngine.Builder().build().parseExpression("amount * 2"))
			.isNotSameAs(new FeelEngine.Builder().build().parseExpression("amount * 2"));
	}

	@Test
	void keepsAtMostItsBoundOfTexts() {
		// given
		ParsedOnceFeelEngine engine = newEngine();

		// when
		for (int i = 0; i <= ParsedOnceFeelEngine.MAX_EXPRESSIONS + 10; i++) {
			engine.parseExpression("amount + " + i);
		}

		// then
		assertThat(engine.cached()).isBetween(1, ParsedOnceFeelEngine.MAX_EXPRESSIONS);
	}

	@Test
	void oneParseServesThreadsEvaluatingTogether() throws Exception {
		// given
		DmnEngine engine = ParsedOnceFeelEngine
			.install((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
			.buildEngine();
		DmnDecision decision = engine.parseDecision(DECISION,
				new ByteArrayInputStream(Files.readAllBytes(Path.of("rules", DECISION + ".dmn"))));
		List<Map<String, Object>> orders = orders();
		List<Object> expected = new ArrayList<>();
		for (Map<String, Object> variables : orders) {
			expected.add(engine.evaluateDecisionTable(decision, variables).getResultList());
		}
		ExecutorService threads = Executors.newFixedThreadPool(4);

		// when
		List<Future<List<Object>>> answers = new ArrayList<>();
		try {
			for (int thread = 0; thread < 4; thread++) {
				answers.add(threads.submit(() -> {
					List<Object> results = new ArrayList<>();
					for (int round = 0; round < 200; round++) {
						Map<String, Object> variables = orders.get(round % orders.size());
						DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, variables);
						results.add(result.getResultList());
					}
					return results;
				}));
			}

			// then
			for (Future<List<Object>> answer : answers) {
				List<Object> results = answer.get();
				for (int round = 0; round < results.size(); round++) {
					assertThat(results.get(round)).isEqualTo(expected.get(round % orders.size()));
				}
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	@Test
	void theLegacyExpressionLanguageStaysCamundas() {
		// given
		DefaultDmnEngineConfiguration configuration = ParsedOnceFeelEngine
			.install((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration());
		configuration.setEnableFeelLegacyBehavior(true);

		// when
		configuration.buildEngine();

		// then
		assertThat(configuration.getFeelEngine()).isInstanceOf(FeelEngineImpl.class);
	}

	@Test
	void theProcessEnginesDecisionTablesUseIt() throws Exception {
		// given
		StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
		configuration.setJdbcUrl("jdbc:h2:mem:feel-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		configuration.setJobExecutorActivate(false);
		configuration.setProcessEnginePlugins(List.of(new ParsedOnceFeelPlugin()));

		// when
		ProcessEngine engine = configuration.buildProcessEngine();
		try {
			engine.getRepositoryService()
				.createDeployment()
				.addString(DECISION + ".dmn",
						Files.readString(Path.of("rules", DECISION + ".dmn"), StandardCharsets.UTF_8))
				.deploy();
			var result = engine.getDecisionService()
				.evaluateDecisionTableByKey(DECISION, orders().get(0))
				.getResultList();

			// then
			assertThat(result).isEqualTo(DmnEngineConfiguration.createDefaultDmnEngineConfiguration()
				.buildEngine()
				.evaluateDecisionTable(DECISION,
						new ByteArrayInputStream(Files.readAllBytes(Path.of("rules", DECISION + ".dmn"))),
						orders().get(0))
				.getResultList());
			assertThat(scalaEngineOf(configuration.getDmnEngineConfiguration().getFeelEngine()))
				.isInstanceOfSatisfying(ParsedOnceFeelEngine.class, (feel) -> assertThat(feel.cached()).isPositive());
		}
		finally {
			engine.close();
		}
	}

	private static ParsedOnceFeelEngine newEngine() {
		return (ParsedOnceFeelEngine) scalaEngineOf(ParsedOnceFeelEngine
			.factory((DefaultDmnEngineConfiguration) DmnEngineConfiguration.createDefaultDmnEngineConfiguration())
			.createInstance());
	}

	private static FeelEngine scalaEngineOf(Object adapter) {
		try {
			Field field = ScalaFeelEngine.class.getDeclaredField("feelEngine");
			field.setAccessible(true);
			return (FeelEngine) field.get(adapter);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Orders across the approval levels' inputs. */
	private static List<Map<String, Object>> orders() {
		return List.of(Map.of("orderTotal", 5_000, "maxDiscountPercent", 0, "grade", "A"),
				Map.of("orderTotal", 50_000, "maxDiscountPercent", 25.01, "grade", "A"),
				Map.of("orderTotal", 500_000, "maxDiscountPercent", 0, "grade", "A"),
				Map.of("orderTotal", 500_000.01, "maxDiscountPercent", 0, "grade", "A"),
				Map.of("orderTotal", 80_000, "maxDiscountPercent", 5, "grade", "D"));
	}

}
