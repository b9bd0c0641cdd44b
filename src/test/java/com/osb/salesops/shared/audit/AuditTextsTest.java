package com.osb.salesops.shared.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A detail written from its action's template is read back into the values it was written
 * with, in the order of their places; any other detail is not.
 */
class AuditTextsTest {

	@Test
	void readsBackTheValuesADetailWasWrittenWith() {
		assertThat(AuditTexts.values("{0} line(s), total {1} CNY", "2 line(s), total 4800.00 CNY")).containsExactly("2",
				"4800.00");
		assertThat(AuditTexts.values("{1} of {0}", "a of b")).containsExactly("b", "a");
		assertThat(AuditTexts.values("{0}: exposure {1} of limit {2}; {3}",
				"HOLD (OVER_LIMIT): exposure 320800.00 of limit 240000.00; Hold: exposure over the credit limit"))
			.containsExactly("HOLD (OVER_LIMIT)", "320800.00", "240000.00", "Hold: exposure over the credit limit");
		assertThat(AuditTexts.values("copy: {0}", "written by hand")).isNull();
		assertThat(AuditTexts.values("no places", "no places")).isNull();
	}

}
