package com.osb.salesops.returns.model;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import com.osb.salesops.shared.model.CodedProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The keeper's inspection as a person writes it, and the credit it gives (POLICY section
 * 6: 10 x 480.00 less 5%; 3 returned, 1 refused: 912.00).
 */
class InspectionSheetTest {

	private static final Map<Integer, Integer> RETURNED = new TreeMap<>(Map.of(1, 3, 2, 5));

	@Test
	void readsEveryLineWithItsReasons() {
		// when
		var lines = InspectionSheet.read("""
				line 2: 4 to stock; 1 scrapped: housing cracked, beyond repair
				Line 1: 2 to stock, 1 refused: seal broken""", RETURNED);

		// then
		assertThat(lines).containsExactly(new LineInspection(1, 2, 0, 1, "1 refused: seal broken"),
				new LineInspection(2, 4, 1, 0, "1 scrapped: housing cracked, beyond repair"));
	}

	@Test
	void readsTheSheetAsTheChineseFormTellsAKeeperToWriteIt() {
		// when: the form's own example, with Chinese punctuation
		var lines = InspectionSheet.read("""
				第 1 行：2 件入库，1 件拒收：客户弄坏了封条
				第2行: 4 件退回库存；1 件报废：外壳破裂""", RETURNED);

		// then
		assertThat(lines).containsExactly(new LineInspection(1, 2, 0, 1, "1 refused: 客户弄坏了封条"),
				new LineInspection(2, 4, 1, 0, "1 scrapped: 外壳破裂"));
	}

	@Test
	void namesEveryProblemOfTheSheetByItsCode() {
		// when / then
		assertThatThrownBy(() -> InspectionSheet.read("第 1 行：3 件报废\n第 3 行：1 件入库", RETURNED)).isInstanceOfSatisfying(
				InspectionRefused.class,
				(refused) -> assertThat(refused.problems()).extracting(CodedProblem::code)
					.containsExactly("inspection-scrapped-reason", "inspection-no-such-line",
							"inspection-line-missing"));
	}

	@Test
	void startsFromEveryUnitBackToStock() {
		// when
		String sheet = InspectionSheet.allToStock(RETURNED);

		// then
		assertThat(sheet).isEqualTo("Line 1: 3 to stock\nLine 2: 5 to stock");
		assertThat(InspectionSheet.read(sheet, RETURNED)).extracting(LineInspection::restock).containsExactly(3, 5);
	}

	@Test
	void namesEveryProblemOfTheSheet() {
		// when / then
		assertThatThrownBy(() -> InspectionSheet.read("""
				Line 1: 2 to stock
				Line 3: 1 to stock
				all fine""", RETURNED)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("line 1: 3 units were returned, the row accounts for 2")
			.hasMessageContaining("line 3 is not part of this return")
			.hasMessageContaining("'all fine' does not start with the line")
			.hasMessageContaining("line 2 is missing");
		assertThatThrownBy(() -> InspectionSheet.read("Line 1: 3 scrapped\nLine 2: 5 to stock", RETURNED))
			.hasMessageContaining("line 1: say why units are scrapped");
		assertThatThrownBy(() -> InspectionSheet.read("Line 1: three to stock\nLine 2: 5 to stock", RETURNED))
			.hasMessageContaining("line 1: write the units like");
		assertThatThrownBy(
				() -> InspectionSheet.read("Line 1: 3 to stock\nLine 1: 3 to stock\nLine 2: 5 to stock", RETURNED))
			.hasMessageContaining("line 1 is given twice");
	}

	@Test
	void creditsTheAcceptedUnitsAtTheNetUnitPriceRoundedPerLine() {
		// given the policy's example
		BigDecimal net = ReturnCredit.netUnitPrice(new BigDecimal("480.00"), new BigDecimal("5"));
		LineInspection line = InspectionSheet.read("Line 1: 2 to stock, 1 refused: seal broken", Map.of(1, 3)).get(0);

		// when
		BigDecimal credit = ReturnCredit.lineAmount(line.accepted(), net);

		// then
		assertThat(net).isEqualByComparingTo("456.00");
		assertThat(credit).isEqualTo(new BigDecimal("912.00"));
		assertThat(ReturnCredit.lineAmount(3, ReturnCredit.netUnitPrice(new BigDecimal("0.35"), new BigDecimal("50"))))
			.as("3 x 0.175 = 0.525, half even to 0.52")
			.isEqualTo(new BigDecimal("0.52"));
	}

}
