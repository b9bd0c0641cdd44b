package com.osb.salesops.incentive;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.osb.salesops.incentive.model.CreditedTransaction;
import com.osb.salesops.incentive.model.TransactionKind;
import com.osb.salesops.receivables.CreditedDocuments;
import com.osb.salesops.receivables.CreditedDocuments.CreditedDocument;

import org.springframework.stereotype.Repository;

/**
 * Reads the documents that make up a rep's credited revenue from receivables: payments on
 * the rep's orders, credit notes, bad debt and customers' first orders fully paid. How
 * each counts is left to the rules.
 */
@Repository
class CreditedRevenueReader {

	private final CreditedDocuments documents;

	CreditedRevenueReader(CreditedDocuments documents) {
		this.documents = documents;
	}

	/** Every document of the rep dated before the given day, in date order. */
	List<CreditedTransaction> documentsBefore(String repId, LocalDate before) {
		return this.documents.before(repId, before).stream().map(CreditedRevenueReader::transaction).toList();
	}

	/**
	 * The documents of every active rep of the region dated before the given day, by rep,
	 * each rep's in date order.
	 */
	Map<String, List<CreditedTransaction>> regionDocumentsBefore(String regionId, LocalDate before) {
		Map<String, List<CreditedTransaction>> byRep = new HashMap<>();
		this.documents.ofRegionBefore(regionId, before)
			.forEach((rep, list) -> byRep.put(rep,
					new java.util.ArrayList<>(list.stream().map(CreditedRevenueReader::transaction).toList())));
		return byRep;
	}

	/**
	 * The documents of the given reps dated before the given day, by rep, in date order.
	 */
	Map<String, List<CreditedTransaction>> repsDocumentsBefore(Collection<String> repIds, LocalDate before) {
		Map<String, List<CreditedTransaction>> byRep = new HashMap<>();
		this.documents.ofRepsBefore(repIds, before)
			.forEach((rep, list) -> byRep.put(rep, list.stream().map(CreditedRevenueReader::transaction).toList()));
		return byRep;
	}

	private static CreditedTransaction transaction(CreditedDocument document) {
		return new CreditedTransaction(TransactionKind.valueOf(document.kind().name()), document.date(),
				document.amount(), document.ageDays(), document.description());
	}

}
