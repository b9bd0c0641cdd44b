package com.osb.salesops.shared.rules;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.osb.salesops.shared.web.Messages;

/**
 * What a DRL file sent from outside may say before it is compiled and run: rules over the
 * facts its capability's rules already use, and nothing else. A rule's conditions and
 * consequences are Java (or MVEL) code, so a file sent for a preview could otherwise run
 * anything on the server. The check reads the whole file, comments and texts aside, and
 * allows
 * <ul>
 * <li>the types the capability's own files import, and a few values (texts, whole
 * numbers, decimals, rounding modes, dates);</li>
 * <li>the methods, properties and constants of those types, except those that reach
 * further than a value (a class, a class loader, reflection, threads, the runtime or the
 * system's properties);</li>
 * <li>the rule language's own words ({@code modify}, {@code insert}, {@code eval},
 * {@code accumulate} ...) and {@code drools.getRule().getName()};</li>
 * </ul>
 * and refuses everything else by name: any other type, a package's name, a function, a
 * query, a declared type, a global, an import of anything else and any Unicode escape
 * (which Java reads before anything else, so that it could hide any of these).
 */
public final class RuleTextCheck {

	private static final Pattern PACKAGE = Pattern.compile("(?m)^[ \\t]*package[ \\t][^;\\n]*;?");

	private static final String OWN_NAME = ".getRule().getName()";

	private static final Pattern IMPORT = Pattern
		.compile("(?m)^[ \\t]*import[ \\t]+([^;\\s]+(?:[ \\t]+[^;\\s]+)*)[ \\t]*;?[ \\t]*$");

	private static final Set<Class<?>> VALUES = Set.of(String.class, Integer.class, Long.class, Boolean.class,
			Number.class, BigDecimal.class, BigInteger.class, RoundingMode.class, java.time.LocalDate.class);

	private static final Set<String> PRIMITIVES = Set.of("boolean", "byte", "char", "short", "int", "long", "float",
			"double", "void");

	/** Words of the rule language and of Java that may stand before a bracket. */
	private static final Set<String> LANGUAGE = Set.of("eval", "not", "exists", "forall", "accumulate", "acc",
			"collect", "from", "modify", "insert", "insertLogical", "update", "delete", "retract", "init", "action",
			"reverse", "result", "sum", "count", "min", "max", "average", "collectList", "collectSet", "and", "or",
			"over", "window", "time", "length", "in", "salience", "enabled", "timer", "duration", "with", "if", "for",
			"while", "switch", "return", "catch", "this");

	/** Words of the rule language that declare code or state of their own. */
	private static final Set<String> DECLARATIONS = Set.of("function", "query", "declare", "global", "unit", "template",
			"kcontext");

	/** Members no rule needs, and which reach past a value where a type has them. */
	private static final Set<String> NEVER = Set.of("getClass", "class", "wait", "notify", "notifyAll",
			"getDeclaringClass", "describeConstable", "resolveConstantDesc", "getInteger", "getLong", "getBoolean",
			"forName", "getClassLoader", "classLoader", "getRuntime", "exec", "exit", "halt", "load", "loadLibrary",
			"getProperty", "setProperty", "getenv", "invoke", "newInstance", "getMethod", "getDeclaredMethod",
			"getField", "getDeclaredField", "setAccessible", "getConstructor", "getDeclaredConstructor");

	private static final Map<Set<Class<?>>, Set<String>> MEMBERS = new HashMap<>();

	private final Map<String, Class<?>> types;

	private final Set<String> members;

	private RuleTextCheck(Map<String, Class<?>> types) {
		this.types = types;
		this.members = members(Set.copyOf(types.values()));
	}

	/**
	 * The check for changed files of a capability: the types are those its files in use
	 * import.
	 * @param sources the capability's files in use, by name
	 */
	public static RuleTextCheck forRulesInUse(Collection<String> sources) {
		Map<String, Class<?>> types = new HashMap<>();
		VALUES.forEach((type) -> types.put(type.getSimpleName(), type));
		for (String source : sources) {
			Matcher imported = IMPORT.matcher(source);
			while (imported.find()) {
				load(imported.group(1)).ifPresent((type) -> types.put(type.getSimpleName(), type));
			}
		}
		return new RuleTextCheck(types);
	}

	/** The types the rules may use, by simple name, in name order. */
	public Set<String> typeNames() {
		return new TreeSet<>(this.types.keySet());
	}

	/**
	 * Every problem of the file, each with its line, in the reader's language; empty when
	 * the file says nothing but rules over the allowed types.
	 */
	public List<String> problems(String drl) {
		Set<String> problems = new LinkedHashSet<>();
		if (drl.contains("\\u")) {
			problems.add(Messages.text("field.rules-unicode-escape",
					"the file has a Unicode escape (\\u...): write the character itself"));
		}
		String code = blanked(drl);
		Matcher imported = IMPORT.matcher(code);
		while (imported.find()) {
			String name = imported.group(1);
			Class<?> type = load(name).orElse(null);
			if (type == null || !type.equals(this.types.get(type.getSimpleName()))) {
				problems.add(Messages.text("field.rules-import", "line {0}: import {1}: the rules may use {2} alone",
						line(code, imported.start(1)), name, String.join(", ", typeNames())));
			}
		}
		code = PACKAGE.matcher(code).replaceFirst((match) -> " ".repeat(match.group().length()));
		code = IMPORT.matcher(code).replaceAll((match) -> " ".repeat(match.group().length()));
		List<Token> tokens = tokens(code);
		for (int i = 0; i < tokens.size(); i++) {
			Token token = tokens.get(i);
			if ("[".equals(token.text()) && "\"".equals(text(tokens, i + 1))) {
				problems.add(Messages.text("field.rules-line", "line {0}: {1}", line(code, token.start()),
						Messages.text("field.rules-named-property",
								"[\"...\"]: a rule names a property or method in code, not in a text")));
			}
			if (!token.word()) {
				continue;
			}
			if ("drools".equals(token.text()) && OWN_NAME.equals(following(tokens, i, 8))) {
				i += 8;
				continue;
			}
			String problem = problem(tokens, i);
			if (problem != null) {
				problems.add(Messages.text("field.rules-line", "line {0}: {1}", line(code, token.start()), problem));
			}
		}
		return List.copyOf(problems);
	}

	private String problem(List<Token> tokens, int i) {
		String word = tokens.get(i).text();
		String before = text(tokens, i - 1);
		String after = text(tokens, i + 1);
		if ("@".equals(before)) {
			return null;
		}
		if (".".equals(before) || ("?".equals(before) && ".".equals(text(tokens, i - 2)))
				|| (":".equals(before) && ":".equals(text(tokens, i - 2)))) {
			return member(word);
		}
		if ("new".equals(before)) {
			return (PRIMITIVES.contains(word) || this.types.containsKey(word)) ? null : type(word);
		}
		if (DECLARATIONS.contains(word)) {
			return Messages.text("field.rules-declaration", "{0}: a rule declares no code or state of its own", word);
		}
		if ("drools".equals(word)) {
			return Messages.text("field.rules-drools",
					"drools: a rule reads its own name alone (drools.getRule().getName())");
		}
		if (Character.isUpperCase(word.charAt(0))) {
			return this.types.containsKey(word) ? null : type(word);
		}
		if ("(".equals(after) && !LANGUAGE.contains(word) && !this.members.contains(word)) {
			return member(word);
		}
		return null;
	}

	private String member(String word) {
		return this.members.contains(word) ? null
				: Messages.text("field.rules-member",
						"{0} is no method, property or constant of the types the rules may use ({1})", word,
						String.join(", ", typeNames()));
	}

	private String type(String word) {
		return Messages.text("field.rules-type", "{0} is not a type the rules may use ({1})", word,
				String.join(", ", typeNames()));
	}

	/**
	 * The public methods, properties and constants of the types that give back values.
	 */
	private static Set<String> members(Set<Class<?>> types) {
		synchronized (MEMBERS) {
			return MEMBERS.computeIfAbsent(types, RuleTextCheck::readMembers);
		}
	}

	private static Set<String> readMembers(Set<Class<?>> types) {
		Set<String> allowed = new HashSet<>();
		Set<String> reaching = new HashSet<>(NEVER);
		for (Class<?> type : types) {
			for (Method method : type.getMethods()) {
				Set<String> names = Set.of(method.getName(), property(method.getName()));
				if (value(method.getReturnType(), types)) {
					allowed.addAll(names);
				}
				else {
					reaching.addAll(names);
				}
			}
			for (Field field : type.getFields()) {
				if (Modifier.isPublic(field.getModifiers()) && value(field.getType(), types)) {
					allowed.add(field.getName());
				}
				else {
					reaching.add(field.getName());
				}
			}
		}
		allowed.removeAll(reaching);
		allowed.remove("");
		return Set.copyOf(allowed);
	}

	/** Whether what a member gives back is a value rather than a way further. */
	private static boolean value(Class<?> type, Set<Class<?>> types) {
		return type.isPrimitive() || type.isEnum() || types.contains(type) || VALUES.contains(type)
				|| type.equals(Character.class) || type.equals(Double.class) || type.equals(Optional.class)
				|| type.equals(List.class) || type.equals(Set.class) || type.equals(Map.class)
				|| type.equals(Collection.class) || type.getName().startsWith("java.time.")
				|| (type.isArray() && value(type.getComponentType(), types));
	}

	private static String property(String method) {
		for (String prefix : List.of("get", "is")) {
			if (method.length() > prefix.length() && method.startsWith(prefix)
					&& Character.isUpperCase(method.charAt(prefix.length()))) {
				String rest = method.substring(prefix.length());
				return Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
			}
		}
		return "";
	}

	private static Optional<Class<?>> load(String name) {
		if (!name.matches("[\\w.$]+")) {
			return Optional.empty();
		}
		try {
			return Optional.of(Class.forName(name, false, RuleTextCheck.class.getClassLoader()));
		}
		catch (ClassNotFoundException | LinkageError ex) {
			return Optional.empty();
		}
	}

	/** The text with comments and texts in quotes blanked, lines kept. */
	static String blanked(String drl) {
		StringBuilder code = new StringBuilder(drl);
		int i = 0;
		while (i < code.length()) {
			char c = code.charAt(i);
			int end;
			if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '/') {
				end = indexOrEnd(code, "\n", i);
			}
			else if (c == '/' && i + 1 < code.length() && code.charAt(i + 1) == '*') {
				end = indexOrEnd(code, "*/", i + 2) + 2;
			}
			else if (c == '"' && code.indexOf("\"\"\"", i) == i) {
				end = indexOrEnd(code, "\"\"\"", i + 3) + 3;
			}
			else if (c == '"' || c == '\'') {
				end = i + 1;
				while (end < code.length() && code.charAt(end) != c && code.charAt(end) != '\n') {
					end += (code.charAt(end) == '\\') ? 2 : 1;
				}
				end++;
			}
			else {
				i++;
				continue;
			}
			end = Math.min(end, code.length());
			for (int j = i; j < end; j++) {
				if (code.charAt(j) != '\n') {
					code.setCharAt(j, ' ');
				}
			}
			if (c == '"' || c == '\'') {
				code.setCharAt(i, '"');
			}
			i = end;
		}
		return code.toString();
	}

	private static int indexOrEnd(StringBuilder text, String what, int from) {
		int index = text.indexOf(what, from);
		return (index < 0) ? text.length() : index;
	}

	private static List<Token> tokens(String code) {
		List<Token> tokens = new ArrayList<>();
		int i = 0;
		while (i < code.length()) {
			char c = code.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
			}
			else if (Character.isJavaIdentifierStart(c)) {
				int start = i;
				while (i < code.length() && Character.isJavaIdentifierPart(code.charAt(i))) {
					i++;
				}
				tokens.add(new Token(code.substring(start, i), start, true));
			}
			else if (Character.isDigit(c)) {
				while (i < code.length() && (Character.isLetterOrDigit(code.charAt(i)) || code.charAt(i) == '.'
						|| code.charAt(i) == '_')) {
					i++;
				}
			}
			else {
				tokens.add(new Token(String.valueOf(c), i, false));
				i++;
			}
		}
		return tokens;
	}

	private static String following(List<Token> tokens, int i, int count) {
		StringBuilder text = new StringBuilder();
		for (int j = i + 1; j <= i + count && j < tokens.size(); j++) {
			text.append(tokens.get(j).text());
		}
		return text.toString();
	}

	private static String text(List<Token> tokens, int i) {
		return (i >= 0 && i < tokens.size()) ? tokens.get(i).text() : "";
	}

	private static int line(String text, int index) {
		int line = 1;
		for (int i = 0; i < index && i < text.length(); i++) {
			line += (text.charAt(i) == '\n') ? 1 : 0;
		}
		return line;
	}

	private record Token(String text, int start, boolean word) {
	}

}
