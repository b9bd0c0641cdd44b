package com.osb.salesops.shared.process;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.apache.ibatis.builder.ParameterExpression;
import org.apache.ibatis.builder.SqlSourceBuilder;
import org.apache.ibatis.mapping.BoundSql;
import org.apache.ibatis.mapping.ParameterMapping;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.parsing.GenericTokenParser;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.property.PropertyTokenizer;
import org.apache.ibatis.scripting.xmltags.DynamicContext;
import org.apache.ibatis.scripting.xmltags.SqlNode;
import org.apache.ibatis.session.Configuration;

/**
 * An engine statement with dynamic SQL, built as MyBatis builds it, but with each
 * distinct text it yields turned into JDBC SQL once.
 * <p>
 * MyBatis builds such a statement in two steps on every call: it evaluates the mapping's
 * conditions and loops into a text holding {@code #{...}} parameters, then parses that
 * text into JDBC SQL and a mapping for each parameter (its property, Java and JDBC type
 * and type handler). For one text and one class of parameter object the second step
 * always gives the same SQL, and each parameter the same mapping, but for one case: a
 * parameter read from the statement's own bindings (a loop's item, say) takes its Java
 * type from the value bound there. Such a parameter's type is read on every call, exactly
 * as MyBatis reads it, and its mapping kept per type; every other parameter's mapping
 * depends on the text and the parameter object's class alone and is kept with the text.
 * Each mapping is made by MyBatis's own parser, so the SQL, the mappings and the bindings
 * handed to the statement are the ones MyBatis would build, only not built again.
 * <p>
 * At most {@value #MOST_TEXTS} texts are kept for a statement (their number follows the
 * lengths of the lists a query names, such as the caller's groups); past that a text is
 * parsed on each call, as before.
 * <p>
 * A statement whose text follows its parameter's structure alone (a
 * {@link ParameterShape}) is built once for each shape of parameter: the first parameter
 * of a shape is built as above, and each binding it made is remembered as the part of the
 * parameter it holds (told apart by identity), or as a value every parameter of the shape
 * binds alike (a loop's index, nothing); a later parameter of that shape gets the same
 * text and mappings, its own parts bound under the same names, without the conditions and
 * loops being evaluated again. A binding that is neither is never remembered: parameters
 * of that shape are built each time.
 */
final class ParsedOnceSqlSource implements SqlSource {

	static final int MOST_TEXTS = 256;

	private final Configuration configuration;

	private final SqlNode root;

	private final ConcurrentMap<Text, Parsed> texts = new ConcurrentHashMap<>();

	private final ParameterShape shapes;

	private final ConcurrentMap<List<Object>, Replay> replays = new ConcurrentHashMap<>();

	ParsedOnceSqlSource(Configuration configuration, SqlNode root) {
		this(configuration, root, null);
	}

	ParsedOnceSqlSource(Configuration configuration, SqlNode root, ParameterShape shapes) {
		this.configuration = configuration;
		this.root = root;
		this.shapes = shapes;
	}

	/** The statement's conditions and loops, as MyBatis read them from the mapping. */
	SqlNode root() {
		return this.root;
	}

	/** How many shapes of parameter the statement is built for without its conditions. */
	int shapesRemembered() {
		return (int) this.replays.values().stream().filter((replay) -> replay != Replay.NONE).count();
	}

	@Override
	public BoundSql getBoundSql(Object parameterObject) {
		ParameterShape.Shape shape = (this.shapes != null) ? this.shapes.of(parameterObject) : null;
		if (shape == null) {
			return build(parameterObject, null);
		}
		Replay replay = this.replays.get(shape.key());
		if (replay != null && replay != Replay.NONE) {
			return replay.bind(this.configuration, parameterObject, shape.parts());
		}
		Map<String, Object> bindings = new HashMap<>();
		BoundSql bound = build(parameterObject, bindings);
		if (replay == null && this.replays.size() < MOST_TEXTS) {
			this.replays.putIfAbsent(shape.key(), Replay.of(bound, bindings, parameterObject, shape.parts()));
		}
		return bound;
	}

	/**
	 * The statement built for the parameter, its bindings copied into {@code made} when
	 * given.
	 */
	private BoundSql build(Object parameterObject, Map<String, Object> made) {
		DynamicContext context = new DynamicContext(this.configuration, parameterObject);
		this.root.apply(context);
		Class<?> parameterType = (parameterObject != null) ? parameterObject.getClass() : Object.class;
		Map<String, Object> bindings = context.getBindings();
		Text text = new Text(context.getSql(), parameterType);
		Parsed parsed = this.texts.get(text);
		if (parsed == null) {
			parsed = Parsed.of(this.configuration, text);
			if (this.texts.size() < MOST_TEXTS) {
				Parsed earlier = this.texts.putIfAbsent(text, parsed);
				parsed = (earlier != null) ? earlier : parsed;
			}
		}
		BoundSql bound = (parsed != Parsed.UNREADABLE) ? parsed.bind(parameterObject, bindings)
				: parse(text, parameterObject, bindings);
		bindings.forEach(bound::setAdditionalParameter);
		if (made != null) {
			made.putAll(bindings);
		}
		return bound;
	}

	/**
	 * As MyBatis builds it each time: for a text whose parameters cannot be read apart.
	 */
	private BoundSql parse(Text text, Object parameterObject, Map<String, Object> bindings) {
		return new SqlSourceBuilder(this.configuration).parse(text.sql(), text.parameterType(), bindings)
			.getBoundSql(parameterObject);
	}

	/**
	 * A statement built for one shape of parameter: its SQL, its parameters' mappings and
	 * where each of its bindings comes from.
	 */
	private static final class Replay {

		/** A shape whose bindings cannot all be told apart: built each time. */
		static final Replay NONE = new Replay(null, List.of(), Map.of(), Map.of());

		/** A binding's value is the parameter object itself. */
		private static final int PARAMETER = -1;

		/** A binding's value is the same for every parameter of the shape. */
		private static final int SAME = -2;

		private final String sql;

		private final List<ParameterMapping> mappings;

		/**
		 * By binding: the part of the parameter it holds, {@link #PARAMETER} or
		 * {@link #SAME}.
		 */
		private final Map<String, Integer> sources;

		/** The values bound alike for every parameter of the shape, by binding. */
		private final Map<String, Object> same;

		private Replay(String sql, List<ParameterMapping> mappings, Map<String, Integer> sources,
				Map<String, Object> same) {
			this.sql = sql;
			this.mappings = mappings;
			this.sources = sources;
			this.same = same;
		}

		static Replay of(BoundSql bound, Map<String, Object> bindings, Object parameterObject, List<Object> parts) {
			Map<String, Integer> sources = new LinkedHashMap<>();
			Map<String, Object> same = new HashMap<>();
			for (Map.Entry<String, Object> binding : bindings.entrySet()) {
				Object value = binding.getValue();
				if (value == null || value instanceof Integer || value instanceof Boolean
						|| DynamicContext.DATABASE_ID_KEY.equals(binding.getKey())) {
					sources.put(binding.getKey(), SAME);
					same.put(binding.getKey(), value);
					continue;
				}
				if (value == parameterObject) {
					sources.put(binding.getKey(), PARAMETER);
					continue;
				}
				int at = -1;
				for (int i = 0; i < parts.size(); i++) {
					if (parts.get(i) == value) {
						if (at >= 0) {
							return NONE;
						}
						at = i;
					}
				}
				if (at < 0) {
					return NONE;
				}
				sources.put(binding.getKey(), at);
			}
			return new Replay(bound.getSql(), List.copyOf(bound.getParameterMappings()), sources, same);
		}

		BoundSql bind(Configuration configuration, Object parameterObject, List<Object> parts) {
			BoundSql bound = new BoundSql(configuration, this.sql, new ArrayList<>(this.mappings), parameterObject);
			this.sources.forEach((name, source) -> bound.setAdditionalParameter(name, (source == PARAMETER)
					? parameterObject : (source == SAME) ? this.same.get(name) : parts.get(source)));
			return bound;
		}

	}

	/**
	 * The text a statement's conditions and loops made, and the class of its parameter
	 * object.
	 */
	private record Text(String sql, Class<?> parameterType) {
	}

	/**
	 * A text turned into JDBC SQL, with what decides the mapping of each of its
	 * parameters.
	 */
	private static final class Parsed {

		/** A text with a parameter whose property cannot be read apart from it. */
		static final Parsed UNREADABLE = new Parsed(null, Object.class, "", new Parameter[0]);

		private final Configuration configuration;

		private final Class<?> parameterType;

		private final String sql;

		private final Parameter[] parameters;

		private Parsed(Configuration configuration, Class<?> parameterType, String sql, Parameter[] parameters) {
			this.configuration = configuration;
			this.parameterType = parameterType;
			this.sql = sql;
			this.parameters = parameters;
		}

		/**
		 * The text parsed, or {@link #UNREADABLE} when a parameter's property cannot be
		 * read apart from the text (it is then parsed whole on each call, as MyBatis
		 * does).
		 */
		static Parsed of(Configuration configuration, Text text) {
			List<String> contents = new ArrayList<>();
			String original = configuration.isShrinkWhitespacesInSql()
					? SqlSourceBuilder.removeExtraWhitespaces(text.sql()) : text.sql();
			String sql = new GenericTokenParser("#{", "}", (content) -> {
				contents.add(content);
				return "?";
			}).parse(original);
			Parameter[] parameters = new Parameter[contents.size()];
			for (int i = 0; i < parameters.length; i++) {
				String content = contents.get(i);
				String property;
				try {
					property = content.contains("}") ? null : new ParameterExpression(content).get("property");
				}
				catch (RuntimeException ex) {
					property = null;
				}
				if (property == null) {
					return UNREADABLE;
				}
				PropertyTokenizer path = new PropertyTokenizer(property);
				parameters[i] = new Parameter(content, property,
						path.hasNext() ? path.getIndexedName() : path.getName());
			}
			return new Parsed(configuration, text.parameterType(), sql, parameters);
		}

		BoundSql bind(Object parameterObject, Map<String, Object> bindings) {
			List<ParameterMapping> mappings = new ArrayList<>(this.parameters.length);
			MetaObject bound = null;
			for (Parameter parameter : this.parameters) {
				ParameterMapping mapping = null;
				if (bindings.containsKey(parameter.bound)) {
					if (bound == null) {
						bound = this.configuration.newMetaObject(bindings);
					}
					if (bound.hasGetter(parameter.property)) {
						Class<?> type = bound.getGetterType(parameter.property);
						mapping = parameter.byType.get(type);
						if (mapping == null) {
							mapping = mapping(parameter, bindings);
							parameter.byType.putIfAbsent(type, mapping);
						}
					}
				}
				if (mapping == null) {
					mapping = parameter.unbound;
					if (mapping == null) {
						mapping = mapping(parameter, Map.of());
						parameter.unbound = mapping;
					}
				}
				mappings.add(mapping);
			}
			return new BoundSql(this.configuration, this.sql, mappings, parameterObject);
		}

		/**
		 * One parameter's mapping, by MyBatis's parser, given the bindings it may read.
		 */
		private ParameterMapping mapping(Parameter parameter, Map<String, Object> bindings) {
			return new SqlSourceBuilder(this.configuration)
				.parse("#{" + parameter.content + "}", this.parameterType, bindings)
				.getBoundSql(null)
				.getParameterMappings()
				.get(0);
		}

	}

	/**
	 * A {@code #{...}} parameter of a text: its mapping when its property is not among
	 * the statement's bindings, and, by Java type, when it is.
	 */
	private static final class Parameter {

		final String content;

		final String property;

		/**
		 * The binding whose presence has MyBatis type the parameter from the bindings.
		 */
		final String bound;

		volatile ParameterMapping unbound;

		final ConcurrentMap<Class<?>, ParameterMapping> byType = new ConcurrentHashMap<>();

		Parameter(String content, String property, String bound) {
			this.content = content;
			this.property = property;
			this.bound = bound;
		}

	}

}
