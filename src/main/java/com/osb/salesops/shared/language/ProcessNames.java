package com.osb.salesops.shared.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.ParserConfigurationException;

import com.osb.salesops.shared.web.Messages;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The names of processes and of their user tasks in the reader's language. The model
 * names them in English ({@code processes/<key>.bpmn}); a bundle next to it,
 * {@code processes/<key>_zh_CN.properties}, holds the other language by element id, with
 * the same {@code ${variable}} places as the English name. A task's name as the engine
 * keeps it (the English name, its places filled, then ": " and what it is about) is
 * translated by its start; what follows is kept.
 */
@Component
public class ProcessNames {

	private static final Pattern PLACE = Pattern.compile("\\$\\{([^}]+)}");

	/** The suffix of a user task's documentation in a model's bundle. */
	private static final String DOCUMENTATION = ".documentation";

	/**
	 * An amount as the engine's task names say it, {@code 2,400.00 CNY}:
	 * {@code ¥2,400.00} in Chinese.
	 */
	private static final Pattern MONEY = Pattern.compile("(-?\\d[\\d,]*\\.\\d{2}) CNY");

	/** Which version of a submission a task is about, as its name says it in English. */
	private static final Pattern REVISION = Pattern.compile(" \\(revision (\\d+)\\)");

	private final Map<String, String> english = new HashMap<>();

	private final Map<String, Map<String, String>> bundles = new HashMap<>();

	/**
	 * What each user task asks, as its model documents it (the task's description when it
	 * is made), by {@code <process key>.<element id>}.
	 */
	private final Map<String, String> documentation = new HashMap<>();

	/**
	 * Each English name as a pattern a name the engine keeps matches, its places as
	 * groups, by {@code <process key>.<element id>}.
	 */
	private final Map<String, Pattern> templates = new HashMap<>();

	/** Every task's template, in the order of {@link #english}, for a name alone. */
	private final List<TaskName> taskNames = new ArrayList<>();

	/** The names as the application read them, for code its beans do not reach. */
	private static volatile ProcessNames read;

	ProcessNames() {
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		try {
			for (Resource model : resolver.getResources("classpath*:processes/*.bpmn")) {
				try (InputStream in = model.getInputStream()) {
					names(in);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.bundles.putAll(ModelBundles.read("classpath*:processes/*_*.properties"));
		this.english.forEach((key, name) -> this.templates.put(key, template(name)));
		for (String key : this.english.keySet()) {
			int dot = key.indexOf('.');
			if (dot > 0) {
				this.taskNames
					.add(new TaskName(key.substring(0, dot), key.substring(dot + 1), this.templates.get(key)));
			}
		}
		// a name matches the most particular of the names it could be made from: the one
		// with the most words of its own ("Approve return {0} as director" before
		// "Approve return {0}")
		this.taskNames.sort(
				Comparator
					.comparingInt(
							(TaskName task) -> PLACE.matcher(this.english.get(task.processKey() + "." + task.taskKey()))
								.replaceAll("")
								.length())
					.reversed());
		read = this;
	}

	/**
	 * The pattern a name made from the English name matches from its start: its places
	 * filled with anything, then its end or ": " and what the task is about.
	 */
	private static Pattern template(String name) {
		Matcher places = PLACE.matcher(name);
		StringBuilder pattern = new StringBuilder("^");
		int at = 0;
		while (places.find()) {
			pattern.append(Pattern.quote(name.substring(at, places.start()))).append("(.*?)");
			at = places.end();
		}
		pattern.append(Pattern.quote(name.substring(at))).append("(?=$|: )");
		return Pattern.compile(pattern.toString(), Pattern.DOTALL);
	}

	/**
	 * Every English name by {@code <process key>.<element id>}, the process's own by key,
	 * and each user task's documentation by
	 * {@code <process key>.<element id>.documentation}.
	 */
	Map<String, String> english() {
		Map<String, String> texts = new HashMap<>(this.english);
		this.documentation.forEach((key, text) -> texts.put(key + DOCUMENTATION, text));
		return texts;
	}

	/**
	 * A task's description in the reader's language: when it begins with what its model
	 * documents, that part is translated and what was added after it (notes) is kept; any
	 * other description as it is.
	 */
	public String taskDescription(String processKey, String taskKey, String description, Locale language) {
		String documented = this.documentation.get(processKey + "." + taskKey);
		if (description == null || documented == null || !description.startsWith(documented)) {
			return description;
		}
		String translated = bundle(processKey, language).get(taskKey + DOCUMENTATION);
		return (translated != null) ? translated + description.substring(documented.length()) : description;
	}

	/**
	 * The process's name in the language, for code the application's beans do not reach
	 * (the engine's interceptors): the given name until the application has read them.
	 */
	public static String ofProcess(String processKey, String name, Locale language) {
		ProcessNames names = read;
		return (names != null) ? names.process(processKey, name, language) : name;
	}

	/**
	 * The task's name in the language, for code the application's beans do not reach: the
	 * given name until the application has read them.
	 */
	public static String ofTask(String processKey, String taskKey, String name, Locale language) {
		ProcessNames names = read;
		return (names != null) ? names.task(processKey, taskKey, name, language) : name;
	}

	/**
	 * Whether a reader in one of the languages the models are translated to was shown the
	 * task's name and description as given, the engine keeping them as stored: a client
	 * that sends a task back as it read it (Tasklist setting a follow-up date) changes
	 * neither.
	 */
	public static boolean shownAs(String processKey, String taskKey, String storedName, String storedDescription,
			String name, String description) {
		if (Objects.equals(storedName, name) && Objects.equals(storedDescription, description)) {
			return true;
		}
		ProcessNames names = read;
		if (names == null) {
			return false;
		}
		return names.bundles.keySet()
			.stream()
			.filter((bundle) -> bundle.startsWith(processKey + "_"))
			.map((bundle) -> Locale.forLanguageTag(bundle.substring(processKey.length() + 1).replace('_', '-')))
			.anyMatch(
					(language) -> Objects.equals(names.task(processKey, taskKey, storedName, language), name) && Objects
						.equals(names.taskDescription(processKey, taskKey, storedDescription, language), description));
	}

	/** The process's name in the language, or the given name when there is none. */
	public String process(String processKey, String name, Locale language) {
		String translated = bundle(processKey, language).get(processKey);
		return (translated != null) ? translated : name;
	}

	/**
	 * The task's name in the language, or the given name when it cannot be translated.
	 */
	public String task(String processKey, String taskKey, String name, Locale language) {
		return task(this.templates.get(processKey + "." + taskKey), bundle(processKey, language).get(taskKey), name,
				language);
	}

	/** The name, made from the template, in the words of the translation of its model. */
	private static String task(Pattern template, String translated, String name, Locale language) {
		if (name == null || template == null || translated == null) {
			return name;
		}
		Matcher filled = template.matcher(name);
		if (!filled.find()) {
			return name;
		}
		Matcher zhPlaces = PLACE.matcher(translated);
		StringBuilder result = new StringBuilder();
		int group = 1;
		while (zhPlaces.find()) {
			String value = (group <= filled.groupCount()) ? filled.group(group++) : zhPlaces.group();
			zhPlaces.appendReplacement(result, Matcher.quoteReplacement(value));
		}
		zhPlaces.appendTail(result);
		String rest = REVISION.matcher(MONEY.matcher(name.substring(filled.end())).replaceAll("¥$1"))
			.replaceAll((revision) -> Matcher
				.quoteReplacement(Messages.text(language, "task-name.revision", " (revision {0})", revision.group(1))));
		// what the task is about, its parts apart as the language parts them
		return result + (rest.startsWith(": ")
				? "：" + rest.substring(2).replace(", ", Messages.text(language, "task-name.separator", ", ")) : rest);
	}

	/**
	 * A user task's name in the language by its element id alone, without its places (a
	 * report names a kind of task, not one task): of the first model that has such a
	 * task, or the element id when none has.
	 */
	public String taskOfKey(String taskKey, Locale language) {
		for (Map.Entry<String, String> named : this.english.entrySet()) {
			String key = named.getKey();
			int dot = key.indexOf('.');
			if (dot > 0 && key.substring(dot + 1).equals(taskKey)) {
				String translated = bundle(key.substring(0, dot), language).get(taskKey);
				String name = (translated != null) ? translated : named.getValue();
				return PLACE.matcher(name).replaceAll("").replaceAll("\\s+", " ").strip();
			}
		}
		return taskKey;
	}

	/**
	 * A task's name as the engine keeps it, in the reader's language: the model whose
	 * task name it is translates it, the most particular first, for a sender that knows
	 * only the name.
	 */
	public Localized task(String name) {
		return (language) -> {
			for (TaskName task : this.taskNames) {
				if (name == null || !task.template().matcher(name).lookingAt()) {
					continue;
				}
				String translated = task(task.template(), bundle(task.processKey(), language).get(task.taskKey()), name,
						language);
				if (translated != null && !translated.equals(name)) {
					return translated;
				}
			}
			return name;
		};
	}

	private Map<String, String> bundle(String processKey, Locale language) {
		Map<String, String> exact = this.bundles
			.get(processKey + "_" + language.getLanguage() + "_" + language.getCountry());
		Map<String, String> broad = this.bundles.get(processKey + "_" + language.getLanguage());
		return (exact != null) ? exact : (broad != null) ? broad : Map.of();
	}

	private void names(InputStream bpmn) throws IOException {
		try {
			NodeList processes = ModelBundles.parser()
				.parse(bpmn)
				.getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", "process");
			for (int i = 0; i < processes.getLength(); i++) {
				Element process = (Element) processes.item(i);
				String key = process.getAttribute("id");
				if (!process.getAttribute("name").isBlank()) {
					this.english.put(key, process.getAttribute("name"));
				}
				NodeList tasks = process.getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL",
						"userTask");
				for (int j = 0; j < tasks.getLength(); j++) {
					Element task = (Element) tasks.item(j);
					if (!task.getAttribute("name").isBlank()) {
						this.english.put(key + "." + task.getAttribute("id"), task.getAttribute("name"));
					}
					NodeList documented = task.getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL",
							"documentation");
					if (documented.getLength() > 0 && !documented.item(0).getTextContent().isBlank()) {
						this.documentation.put(key + "." + task.getAttribute("id"),
								documented.item(0).getTextContent().strip());
					}
				}
			}
		}
		catch (ParserConfigurationException | SAXException ex) {
			throw new IllegalStateException("A process model does not read: " + ex.getMessage(), ex);
		}
	}

	/** A task of a model and the template its names match. */
	private record TaskName(String processKey, String taskKey, Pattern template) {
	}

}
