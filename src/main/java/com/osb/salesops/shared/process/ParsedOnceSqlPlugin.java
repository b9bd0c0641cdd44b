package com.osb.salesops.shared.process;

import java.lang.reflect.Field;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.mapping.SqlSource;
import org.apache.ibatis.scripting.xmltags.DynamicSqlSource;
import org.apache.ibatis.scripting.xmltags.SqlNode;
import org.apache.ibatis.session.Configuration;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Has each of the engine's statements with dynamic SQL turn each text it yields into JDBC
 * SQL once ({@link ParsedOnceSqlSource}), once the engine has read its SQL mappings; the
 * engine's authorization check, whose text follows the shape of the check alone, is built
 * once for each shape ({@link AuthorizationCheckShape}). Should a MyBatis version lay out
 * its statements otherwise, the statements are left as they are and a warning says so.
 */
@Component
class ParsedOnceSqlPlugin extends AbstractProcessEnginePlugin {

	private static final Logger logger = LoggerFactory.getLogger(ParsedOnceSqlPlugin.class);

	/** The statements whose text follows their parameter's shape alone. */
	private static final Map<String, ParameterShape> SHAPES = Map.of(AuthorizationCheckShape.STATEMENT,
			new AuthorizationCheckShape());

	@Override
	public void postInit(ProcessEngineConfigurationImpl configuration) {
		install(configuration.getSqlSessionFactory().getConfiguration());
	}

	/** The number of statements given a source that parses each text once. */
	static int install(Configuration configuration) {
		Field root;
		Field source;
		try {
			root = DynamicSqlSource.class.getDeclaredField("rootSqlNode");
			root.setAccessible(true);
			source = MappedStatement.class.getDeclaredField("sqlSource");
			source.setAccessible(true);
		}
		catch (ReflectiveOperationException | RuntimeException ex) {
			logger.warn("The engine's statements build their SQL on every call: {}", ex.toString());
			return 0;
		}
		Set<MappedStatement> done = Collections.newSetFromMap(new IdentityHashMap<>());
		// a name two mappings share holds a marker, not a statement: skip it
		for (Object value : (Collection<?>) configuration.getMappedStatements()) {
			if (value instanceof MappedStatement statement && statement.getSqlSource() != null
					&& statement.getSqlSource().getClass() == DynamicSqlSource.class && done.add(statement)) {
				try {
					SqlSource parsedOnce = new ParsedOnceSqlSource(configuration,
							(SqlNode) root.get(statement.getSqlSource()), SHAPES.get(statement.getId()));
					source.set(statement, parsedOnce);
				}
				catch (IllegalAccessException ex) {
					logger.warn("Statement {} builds its SQL on every call: {}", statement.getId(), ex.toString());
				}
			}
		}
		return done.size();
	}

}
