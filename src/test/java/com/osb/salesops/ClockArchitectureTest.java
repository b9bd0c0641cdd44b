package com.osb.salesops;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import com.osb.salesops.shared.process.ApplicationClock;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time comes from the application's clock alone, in the application and in its tests, so
 * that what the application does, and what a test expects, is the same on every day of
 * the year: nothing else asks the system for the date or the time.
 */
@AnalyzeClasses(packages = "com.osb.salesops")
class ClockArchitectureTest {

	private static final Set<String> DATES_AND_TIMES = Set.of("java.time.LocalDate", "java.time.LocalDateTime",
			"java.time.LocalTime", "java.time.Instant", "java.time.ZonedDateTime", "java.time.OffsetDateTime",
			"java.time.OffsetTime", "java.time.Year", "java.time.YearMonth", "java.time.MonthDay");

	private static final String ENGINE_CLOCK = "org.camunda.bpm.engine.impl.util.ClockUtil";

	@ArchTest
	static final ArchRule onlyTheApplicationClockReadsTheSystemTime = noClasses().that()
		.doNotHaveFullyQualifiedName(ApplicationClock.class.getName())
		.should()
		.callCodeUnitWhere(new DescribedPredicate<JavaCall<?>>("read the system's date or time") {
			@Override
			public boolean test(JavaCall<?> call) {
				return readsSystemTime(call.getTargetOwner().getName(), call.getName(),
						call.getTarget().getRawParameterTypes().stream().map((type) -> type.getName()).toList());
			}
		});

	/** The JDK's own readers of the system time break the rule, so the rule can fail. */
	@ParameterizedTest
	@ValueSource(classes = { java.time.LocalDate.class, java.time.LocalDateTime.class, java.util.Date.class })
	void refusesTheWaysOfReadingTheSystemTime(Class<?> reader) {
		JavaClasses classes = new ClassFileImporter().importClasses(reader);

		assertThat(onlyTheApplicationClockReadsTheSystemTime.evaluate(classes).hasViolation()).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			java.time.LocalDate     | now               |                   | true
			java.time.LocalDate     | now               | java.time.ZoneId  | true
			java.time.LocalDate     | now               | java.time.Clock   | false
			java.time.Instant       | now               |                   | true
			java.time.ZonedDateTime | now               | java.time.Clock   | false
			java.lang.System        | currentTimeMillis |                   | true
			java.lang.System        | nanoTime          |                   | false
			java.time.Clock         | systemUTC         |                   | true
			java.util.Date          | <init>            |                   | true
			java.util.Date          | <init>            | long              | false
			org.camunda.bpm.engine.impl.util.ClockUtil | reset  |          | true
			org.camunda.bpm.engine.impl.util.ClockUtil | offset | java.lang.Long | false
			""")
	void tellsAReadOfTheSystemTimeFromAReadOfAGivenClock(String owner, String method, String parameter, boolean reads) {
		List<String> parameters = (parameter == null) ? List.of() : List.of(parameter);

		assertThat(readsSystemTime(owner, method, parameters)).isEqualTo(reads);
	}

	static boolean readsSystemTime(String owner, String method, List<String> parameters) {
		boolean withoutClock = !parameters.contains(Clock.class.getName());
		return (DATES_AND_TIMES.contains(owner) && "now".equals(method) && withoutClock)
				// puts the engine's clock, which is the application's, on the system time
				|| (ENGINE_CLOCK.equals(owner) && ("reset".equals(method) || "resetClock".equals(method)))
				|| ("java.lang.System".equals(owner) && "currentTimeMillis".equals(method))
				|| ("java.time.Clock".equals(owner) && method.startsWith("system"))
				|| ("java.util.Calendar".equals(owner) && "getInstance".equals(method))
				|| (("java.util.Date".equals(owner) || "java.util.GregorianCalendar".equals(owner))
						&& "<init>".equals(method) && parameters.isEmpty());
	}

}
