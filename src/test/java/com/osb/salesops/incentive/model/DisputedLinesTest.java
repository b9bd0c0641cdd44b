package com.osb.salesops.incentive.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.osb.salesops.incentive.model.DisputedLines.Claim;
import com.osb.salesops.incentive.model.DisputedLines.Decision;
import com.osb.salesops.shared.model.CodedProblem;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dispute names lines, each with its own reason, and arbitration decides each line
 * (POLICY section 5); every problem is named.
 */
class DisputedLinesTest {

	@Test
	void shouldReadEachDisputedLineWithItsOwnReason() {
		// given
		List<CodedProblem> problems = new ArrayList<>();

		// when
		List<Claim> claims = DisputedLines.claims("1: paid 1,200\n\n#3 : belongs to Q2", 4, problems);

		// then
		assertThat(problems).isEmpty();
		assertThat(claims).containsExactly(new Claim(1, "paid 1,200"), new Claim(3, "belongs to Q2"));
	}

	@Test
	void shouldNameEveryProblemOfADispute() {
		// given
		List<CodedProblem> problems = new ArrayList<>();

		// when
		DisputedLines.claims("1: wrong\n1: twice\n7: not there\nno number", 4, problems);

		// then
		assertThat(problems).extracting(CodedProblem::inEnglish)
			.containsExactly("row 2: line 1 is disputed twice", "row 3: the statement has no line 7 (lines 1 to 4)",
					"row 4: write the line number, a colon and the reason, like '3: not my order'");
	}

	@Test
	void shouldReadADisputeAndADecisionWrittenWithChinesePunctuation() {
		// given
		List<CodedProblem> problems = new ArrayList<>();

		// when
		List<Claim> claims = DisputedLines.claims("1：这笔回款属于我的客户\n#3 ： 属于第二季度", 4, problems);
		List<Decision> decisions = DisputedLines.decisions("1：ADJUST -0.10 四舍五入\n3：reject 计入第一季度", Set.of(1, 3),
				problems);

		// then
		assertThat(problems).isEmpty();
		assertThat(claims).containsExactly(new Claim(1, "这笔回款属于我的客户"), new Claim(3, "属于第二季度"));
		assertThat(decisions).containsExactly(new Decision(1, "ADJUST", new BigDecimal("-0.10"), "四舍五入"),
				new Decision(3, "REJECT", new BigDecimal("0.00"), "计入第一季度"));
	}

	@Test
	void shouldDecideEachDisputedLineExactlyOnceWithExactAmounts() {
		// given
		List<CodedProblem> problems = new ArrayList<>();

		// when
		List<Decision> decisions = DisputedLines.decisions("1: adjust -0.10 rounding\n3: REJECT counts in Q1",
				Set.of(1, 3), problems);

		// then
		assertThat(problems).isEmpty();
		assertThat(decisions).containsExactly(new Decision(1, "ADJUST", new BigDecimal("-0.10"), "rounding"),
				new Decision(3, "REJECT", new BigDecimal("0.00"), "counts in Q1"));
	}

	@Test
	void shouldRefuseADecisionOnALineNotDisputedAndALineLeftUndecided() {
		// given
		List<CodedProblem> problems = new ArrayList<>();

		// when
		DisputedLines.decisions("2: REJECT fine\n1: ADJUST 1.234 too many decimals", Set.of(1, 3), problems);

		// then
		assertThat(problems).extracting(CodedProblem::inEnglish)
			.containsExactly("row 1: line 2 is not disputed",
					"row 2: give the amount (other than 0, at most two decimals) and the reason for adjusting line 1",
					"line 1 is disputed and needs a decision", "line 3 is disputed and needs a decision");
	}

}
