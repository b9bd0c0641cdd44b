package com.osb.salesops.forecast.model;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accuracy on amounts as POLICY section 6 defines it, with its worked example.
 */
class ForecastAccuracyTest {

	@Test
	void shouldReproduceThePolicyExample() {
		// given: forecast 100,000 / 50,000, actual 80,000 / 60,000
		ForecastAccuracy.Pair first = pair("100000", "80000");
		ForecastAccuracy.Pair second = pair("50000", "60000");

		// when
		ForecastAccuracy.Figures one = ForecastAccuracy.of(List.of(first));
		ForecastAccuracy.Figures two = ForecastAccuracy.of(List.of(second));
		ForecastAccuracy.Figures both = ForecastAccuracy.of(List.of(first, second));

		// then: errors +20,000 / -10,000; APE 25% / 16.67%; WAPE 21.43%; bias +7.14%
		assertThat(one.error()).isEqualByComparingTo("20000");
		assertThat(two.error()).isEqualByComparingTo("-10000");
		assertThat(one.ape()).isEqualByComparingTo("25.00");
		assertThat(two.ape()).isEqualByComparingTo("16.67");
		assertThat(both.wape()).isEqualByComparingTo("21.43");
		assertThat(both.bias()).isEqualByComparingTo("7.14");
		assertThat(both.forecast()).isEqualByComparingTo("150000");
		assertThat(both.actual()).isEqualByComparingTo("140000");
		assertThat(both.error()).isEqualByComparingTo("10000");
		assertThat(both.ape()).isEqualByComparingTo("7.14");
	}

	@Test
	void shouldGiveNoRatioWhenNothingWasSold() {
		// given: a rep who forecast 10,000 and sold nothing
		ForecastAccuracy.Pair nothingSold = pair("10000", "0");

		// when
		ForecastAccuracy.Figures figures = ForecastAccuracy.of(List.of(nothingSold));

		// then
		assertThat(figures.error()).isEqualByComparingTo("10000");
		assertThat(figures.ape()).isNull();
		assertThat(figures.wape()).isNull();
		assertThat(figures.bias()).isNull();
	}

	@Test
	void shouldCountTheErrorOfARepWithNoSalesInTheRollUp() {
		// given: 30,000 forecast and 24,000 sold net of a 1,000 return; 10,000 forecast
		// and
		// nothing sold
		List<ForecastAccuracy.Pair> pairs = List.of(pair("30000", "24000"), pair("10000", "0"));

		// when
		ForecastAccuracy.Figures figures = ForecastAccuracy.of(pairs);

		// then: WAPE (6,000 + 10,000) / 24,000; bias 16,000 / 24,000
		assertThat(figures.wape()).isEqualByComparingTo("66.67");
		assertThat(figures.bias()).isEqualByComparingTo("66.67");
		assertThat(figures.error()).isEqualByComparingTo("16000");
	}

	@Test
	void shouldMeasureOverAndUnderForecastsWithoutLettingThemCancelInTheWape() {
		// given
		List<ForecastAccuracy.Pair> pairs = List.of(pair("12000", "10000"), pair("8000", "10000"));

		// when
		ForecastAccuracy.Figures figures = ForecastAccuracy.of(pairs);

		// then
		assertThat(figures.error()).isEqualByComparingTo("0");
		assertThat(figures.ape()).isEqualByComparingTo("0.00");
		assertThat(figures.bias()).isEqualByComparingTo("0.00");
		assertThat(figures.wape()).isEqualByComparingTo("20.00");
	}

	private static ForecastAccuracy.Pair pair(String forecast, String actual) {
		return new ForecastAccuracy.Pair(new BigDecimal(forecast), new BigDecimal(actual));
	}

}
