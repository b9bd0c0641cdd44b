package com.osb.salesops.ordertocash.documents;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;

import com.osb.salesops.shared.documents.GeneratedDocument;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The order_file table: each order's made and uploaded files with their bytes.
 */
@Repository
class OrderFiles {

	private static final String COLUMNS = "id, kind, document_number, file_name, content_type, size_bytes, sha256,"
			+ " created_by, created_at";

	private final JdbcClient jdbc;

	OrderFiles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long insert(String orderNumber, String kind, String documentNumber, GeneratedDocument file, String createdBy,
			Timestamp createdAt) {
		KeyHolder key = new GeneratedKeyHolder();
		this.jdbc
			.sql("insert into order_file (order_number, kind, document_number, file_name, content_type, size_bytes,"
					+ " sha256, content, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(orderNumber, kind, documentNumber, file.fileName(), file.contentType(), file.content().length,
					file.sha256(), file.content(), createdBy, createdAt)
			.update(key, "id");
		return key.getKey().longValue();
	}

	List<OrderFile> of(String orderNumber) {
		return this.jdbc.sql("select " + COLUMNS + " from order_file where order_number = ? order by id")
			.param(orderNumber)
			.query((rs, row) -> new OrderFile(rs.getLong("id"), rs.getString("kind"), rs.getString("document_number"),
					rs.getString("file_name"), rs.getString("content_type"), rs.getLong("size_bytes"),
					rs.getString("sha256"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
					OrderFile.url(orderNumber, rs.getLong("id"))))
			.list();
	}

	Optional<GeneratedDocument> content(String orderNumber, long id) {
		return this.jdbc
			.sql("select file_name, content_type, content, sha256 from order_file where order_number = ? and id = ?")
			.params(orderNumber, id)
			.query((rs, row) -> new GeneratedDocument(rs.getString(1), rs.getString(2), rs.getBytes(3),
					rs.getString(4)))
			.optional();
	}

	boolean has(String orderNumber, String kind) {
		return this.jdbc.sql("select count(*) from order_file where order_number = ? and kind = ?")
			.params(orderNumber, kind)
			.query(Long.class)
			.single() > 0;
	}

}
