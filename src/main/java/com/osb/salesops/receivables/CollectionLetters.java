package com.osb.salesops.receivables;

import java.util.ArrayList;
import java.util.List;

import com.osb.salesops.receivables.CollectionCases.OverdueInvoice;
import com.osb.salesops.shared.notification.Notifications;
import com.osb.salesops.shared.notification.Text;
import com.osb.salesops.shared.process.MoneyText;
import com.osb.salesops.shared.security.Roles;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What collections tells people, through the outbox: the reminder to the customer (copied
 * to the rep) with the invoice, the amount still open and the days past due, and the
 * escalation to the general manager.
 */
@Service
@Transactional
public class CollectionLetters {

	private final Notifications notifications;

	CollectionLetters(Notifications notifications) {
		this.notifications = notifications;
	}

	public void remind(OverdueInvoice invoice, int daysPastDue) {
		List<String> recipients = new ArrayList<>();
		if (invoice.customerEmail() != null && !invoice.customerEmail().isBlank()) {
			recipients.add(invoice.customerEmail());
		}
		recipients.add(invoice.repUserId());
		this.notifications.notify(null, recipients,
				Text.of("payment-reminder.subject", "Payment reminder: invoice {0}", invoice.number()),
				Text.of("payment-reminder.body",
						"Dear {0},\n\nour invoice {1} was due on {2} and is now {3} days past due. {4} is still"
								+ " open. Please pay it, or tell us if it is already on its way.\n",
						invoice.customerName(), invoice.number(), String.valueOf(invoice.dueDate()),
						String.valueOf(daysPastDue), MoneyText.of(invoice.openAmount())));
	}

	public void escalate(OverdueInvoice invoice, int daysPastDue) {
		this.notifications.notify(null, List.of(Roles.GENERAL_MANAGER, invoice.repUserId(), Roles.FINANCE),
				Text.of("invoice-escalated.subject", "Invoice {0} escalated: {1} days past due", invoice.number(),
						String.valueOf(daysPastDue)),
				Text.of("invoice-escalated.body",
						"Invoice {0} of {1} ({2}) is {3} days past due with {4} open. New orders of the customer"
								+ " are on credit hold and its grade falls to E at the next evaluation.",
						invoice.number(), invoice.customerName(), invoice.customerCode(), String.valueOf(daysPastDue),
						MoneyText.of(invoice.openAmount())));
	}

}
