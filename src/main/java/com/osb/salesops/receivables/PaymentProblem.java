package com.osb.salesops.receivables;

import com.osb.salesops.shared.web.FieldError;
import com.osb.salesops.shared.web.Messages;

/**
 * What keeps a reported payment from being allocated: the field at fault, a code for a
 * program and the English text with {@code {0}}-style places ({@code field.<code>} of the
 * message bundles gives the other languages).
 *
 * @param field the field of the payment at fault
 * @param code what is wrong (kebab-case, stable)
 * @param english the English text
 * @param args what fills the places
 */
public record PaymentProblem(String field, String code, String english, Object... args) {

	/** The problem for the caller, in the language of the request. */
	public FieldError error() {
		return FieldError.of(this.field, this.code, this.english, this.args);
	}

	/** The problem as it is kept for finance, in the company's language. */
	public String inCompanyLanguage() {
		return Messages.inCompanyLanguage("field." + this.code, this.english, this.args);
	}

}
