package com.osb.salesops.incentive;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.incentive.model.CreditedTransaction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A rep's credited revenue over a span of days (POLICY section 5), for other capabilities
 * that compare it with a quota: payments on the rep's orders less credit notes and recent
 * bad debt, each counted as the incentive rules decide. SPIFFs are not revenue and are
 * left out.
 */
@Service
public class CreditedRevenue {

	private final CreditedRevenueReader reader;

	private final PayoutRules rules;

	CreditedRevenue(CreditedRevenueReader reader, PayoutRules rules) {
		this.reader = reader;
		this.rules = rules;
	}

	/**
	 * Credited revenue of the documents dated from {@code from} up to, not including,
	 * {@code before}.
	 */
	@Transactional(readOnly = true)
	public BigDecimal between(String repId, LocalDate from, LocalDate before) {
		List<CreditedTransaction> documents = new ArrayList<>();
		for (CreditedTransaction document : this.reader.documentsBefore(repId, before)) {
			if (!document.getDate().isBefore(from)) {
				documents.add(document);
			}
		}
		this.rules.classify(documents);
		return documents.stream().map(CreditedTransaction::getCredited).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
