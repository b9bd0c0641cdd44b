package com.osb.salesops.shared.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * CSV in and out: exports open in Excel with Chinese names intact, imports read UTF-8
 * with or without the byte order mark, and GBK when the caller says so.
 */
class CsvFilesTest {

	private static final String CSV = "code,name\nC001,北京华信机电设备有限公司\n";

	@Test
	void exportsUtf8WithOneByteOrderMarkAndTheFileName() {
		// when
		ResponseEntity<byte[]> download = CsvFiles.download("客户-2026.csv", CSV);

		// then
		byte[] body = download.getBody();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		assertThat(new String(body, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + CSV);
		assertThat(CsvFiles.bytes("\uFEFF" + CSV)).isEqualTo(body);
		assertThat(download.getHeaders().getContentType()).hasToString("text/csv;charset=UTF-8");
		assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; ")
			.contains("filename*=UTF-8''%E5%AE%A2%E6%88%B7-2026.csv");
	}

	@Test
	void readsUtf8WithOrWithoutTheByteOrderMark() {
		assertThat(CsvFiles.read(CsvFiles.bytes(CSV), null, "text/csv")).isEqualTo(CSV);
		assertThat(CsvFiles.read(CSV.getBytes(StandardCharsets.UTF_8), null, null)).isEqualTo(CSV);
	}

	@Test
	void readsGbkWhenTheParameterOrTheContentTypeDeclaresIt() {
		// given a file saved by Excel on a Chinese Windows
		byte[] gbk = CSV.getBytes(Charset.forName("GBK"));

		// when / then
		assertThat(CsvFiles.read(gbk, "GBK", "text/csv")).isEqualTo(CSV);
		assertThat(CsvFiles.read(gbk, null, "text/csv; charset=GBK")).isEqualTo(CSV);
		assertThat(CsvFiles.read(gbk, "gb18030", null)).isEqualTo(CSV);
	}

	@Test
	void refusesAGbkFileReadAsUtf8AndAnEncodingItDoesNotRead() {
		byte[] gbk = CSV.getBytes(Charset.forName("GBK"));
		assertThatThrownBy(() -> CsvFiles.read(gbk, null, "text/csv"))
			.isInstanceOfSatisfying(InvalidRequestException.class,
					(ex) -> assertThat(ex.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY))
			.hasMessageContaining("not UTF-8 text")
			.hasMessageContaining("?encoding=GBK");
		assertThatThrownBy(() -> CsvFiles.read(gbk, "Big5", null)).isInstanceOf(InvalidRequestException.class)
			.hasMessage("The encoding Big5 is not read; send UTF-8 or GBK");
		assertThatThrownBy(() -> CsvFiles.read(gbk, "no such thing", null)).isInstanceOf(InvalidRequestException.class);
	}

	@Test
	void writesEveryValueAsOneCellOfText() {
		assertThat(CsvFiles.cell(null)).isEmpty();
		assertThat(CsvFiles.cell("华信电子")).isEqualTo("华信电子");
		assertThat(CsvFiles.cell("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
		assertThat(CsvFiles.cell("one\ntwo")).isEqualTo("\"one\ntwo\"");
		assertThat(CsvFiles.cell("one\rtwo")).isEqualTo("\"one\rtwo\"");
		assertThat(CsvFiles.cell("=1+1")).isEqualTo("'=1+1");
		assertThat(CsvFiles.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
		assertThat(CsvFiles.cell("+86 21")).isEqualTo("'+86 21");
		assertThat(CsvFiles.cell("-A1")).isEqualTo("'-A1");
		assertThat(CsvFiles.cell("\t=1")).isEqualTo("'\t=1");
		assertThat(CsvFiles.cell("=HYPERLINK(\"x\",\"y\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
		assertThat(CsvFiles.cell("-6300.00")).isEqualTo("-6300.00");
		assertThat(CsvFiles.cell("+5")).isEqualTo("+5");
		assertThat(CsvFiles.cell("-")).isEqualTo("-");
	}

	@Test
	void readsACellAnExportGuardedAsTheValueItWas() {
		for (String value : List.of("=1+1", "@SUM(A1)", "+86 21", "-A1", "\t=1", "'quoted", "'-", "-", "-6300.00",
				"华信")) {
			String cell = CsvFiles.cell(value);
			String unquoted = cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
			assertThat(CsvFiles.value(unquoted)).as(value).isEqualTo(value);
		}
	}

}
