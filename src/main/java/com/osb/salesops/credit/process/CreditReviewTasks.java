package com.osb.salesops.credit.process;

import java.util.List;

import com.osb.salesops.credit.CreditReviews;

import org.springframework.stereotype.Component;

/**
 * The collection the refresh's review task runs over: one task per rating to review.
 */
@Component("creditReviews")
public class CreditReviewTasks {

	private final CreditReviews reviews;

	CreditReviewTasks(CreditReviews reviews) {
		this.reviews = reviews;
	}

	public List<Long> ratingIds(String processInstanceId) {
		return this.reviews.ratingIds(processInstanceId);
	}

}
