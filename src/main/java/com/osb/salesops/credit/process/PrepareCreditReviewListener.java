package com.osb.salesops.credit.process;

import java.util.Locale;

import com.osb.salesops.credit.CreditReviews.RatingToReview;
import com.osb.salesops.credit.CreditReviews;
import com.osb.salesops.credit.RatedRules;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

import org.springframework.stereotype.Component;

/**
 * Puts what finance needs to judge a rating change on the review task.
 */
@Component
class PrepareCreditReviewListener implements TaskListener {

	private final CreditReviews reviews;

	PrepareCreditReviewListener(CreditReviews reviews) {
		this.reviews = reviews;
	}

	@Override
	public void notify(DelegateTask task) {
		RatingToReview rating = this.reviews.rating(CreditRefreshProcess.RATING_ID.get(task));
		task.setName("Review credit change: " + rating.customerCode() + " " + rating.customerName() + " ("
				+ rating.previousGrade() + " → " + rating.grade() + ")");
		task.setVariableLocal("customerCode", rating.customerCode());
		task.setVariableLocal("customerName", rating.customerName());
		task.setVariableLocal("previousGrade", rating.previousGrade());
		task.setVariableLocal("grade", rating.grade());
		task.setVariableLocal("previousLimit", MoneyText.of(rating.previousLimit()));
		task.setVariableLocal("creditLimit", MoneyText.of(rating.creditLimit()));
		task.setVariableLocal("reviewReason", (rating.reviewReason() == null) ? null
				: Messages.inCompanyLanguage(
						"form-text.credit-review-" + rating.reviewReason().toLowerCase(Locale.ROOT).replace('_', '-'),
						rating.reviewReason()));
		task.setVariableLocal("rulesFired", RatedRules.sentences(rating.rulesFired()));
	}

}
