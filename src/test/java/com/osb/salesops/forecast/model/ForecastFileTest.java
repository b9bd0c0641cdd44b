package com.osb.salesops.forecast.model;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A forecast file: every bad line and column named at once.
 */
class ForecastFileTest {

	private static final List<YearMonth> MONTHS = List.of(YearMonth.of(2027, 1), YearMonth.of(2027, 2),
			YearMonth.of(2027, 3));

	@Test
	void shouldReadGoodLines() {
		// when
		ForecastFile.Parsed parsed = ForecastFile.parse(
				"\uFEFFmonth,sku,channel,quantity,amount\n2027-01,P-100,DIRECT,3,36000\n2027-03,P-300,ONLINE,0,0.50\n",
				MONTHS, Set.of("P-100", "P-300")::contains);

		// then
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.lines()).extracting(ForecastLine::key)
			.containsExactly("2027-01,P-100,DIRECT", "2027-03,P-300,ONLINE");
		assertThat(parsed.lines().get(1).amount()).isEqualByComparingTo("0.50");
	}

	@Test
	void shouldReadLinesTypedWithAChineseInputMethod() {
		// when: full-width commas, digits and letters, a channel in small letters
		ForecastFile.Parsed parsed = ForecastFile.parse("""
				month，sku，channel，quantity，amount
				２０２７－０１，Ｐ－１００，ｄｉｒｅｃｔ，３，３６０００．５
				2027-02,P-100,Online,1,100
				""", MONTHS, Set.of("P-100")::contains);

		// then
		assertThat(parsed.problems()).extracting(ForecastFile.Problem::english).isEmpty();
		assertThat(parsed.lines()).extracting(ForecastLine::key)
			.containsExactly("2027-01,P-100,DIRECT", "2027-02,P-100,ONLINE");
		assertThat(parsed.lines().get(0).amount()).isEqualByComparingTo("36000.50");
	}

	@Test
	void shouldNameEveryBadLineAndColumn() {
		// when
		ForecastFile.Parsed parsed = ForecastFile.parse("""
				month,sku,channel,quantity,amount
				2026-12,P-100,DIRECT,3,100
				2027-01,P-999,SHOP,-1,12.345
				2027-02,P-100,DIRECT,1
				2027-02,P-100,DIRECT,1,10
				2027-02,P-100,DIRECT,2,20
				""", MONTHS, Set.of("P-100")::contains);

		// then
		assertThat(parsed.problems()).extracting(ForecastFile.Problem::field)
			.containsExactly("line[2].month", "line[3].sku", "line[3].channel", "line[3].quantity", "line[3].amount",
					"line[4]", "line[6]");
	}

	@Test
	void shouldRefuseAFileWithoutItsHeaderOrLines() {
		// when
		ForecastFile.Parsed noHeader = ForecastFile.parse("2027-01,P-100,DIRECT,3,100", MONTHS, (sku) -> true);
		ForecastFile.Parsed empty = ForecastFile.parse("month,sku,channel,quantity,amount\n", MONTHS, (sku) -> true);

		// then
		assertThat(noHeader.problems()).extracting(ForecastFile.Problem::field).containsExactly("line[1]");
		assertThat(empty.problems()).extracting(ForecastFile.Problem::field).containsExactly("file");
	}

}
