package com.osb.salesops.shared.language;

import java.util.Locale;

/**
 * The label of a form's field in a language, for the texts that name a field outside the
 * form (a refused submission): the form's bundle in that language, else the form's own
 * English label. The bundles are those of {@link FormTranslations}, known once the
 * application has started; before, every label is the form's own.
 */
public final class FormLabels {

	private static volatile FormTranslations translations;

	private FormLabels() {
	}

	static void use(FormTranslations formTranslations) {
		translations = formTranslations;
	}

	/**
	 * @param formId the form's id
	 * @param componentId the id of the field's component in the form
	 * @param english the label the form gives the field
	 * @param language the reader's language
	 */
	public static String of(String formId, String componentId, String english, Locale language) {
		FormTranslations known = translations;
		if (known == null || formId == null || componentId == null || componentId.isEmpty()) {
			return english;
		}
		return known.translations(formId, language).getOrDefault(componentId + ".label", english);
	}

}
