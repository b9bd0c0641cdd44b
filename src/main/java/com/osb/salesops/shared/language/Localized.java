package com.osb.salesops.shared.language;

import java.util.Locale;

/**
 * A text a person reads, written when the language of its reader is known: a task's name,
 * a moment with its time zone, a sentence of a notification.
 */
@FunctionalInterface
public interface Localized {

	/** The text in the language. */
	String in(Locale language);

}
