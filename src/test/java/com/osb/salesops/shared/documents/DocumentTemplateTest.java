package com.osb.salesops.shared.documents;

import java.util.List;
import java.util.Map;

import com.osb.salesops.shared.documents.DocumentTemplate.Block;
import com.osb.salesops.shared.documents.DocumentTemplate.Kind;
import com.osb.salesops.support.Scans;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * How a template becomes a document's blocks, and how an uploaded file's type is told
 * from its bytes.
 */
class DocumentTemplateTest {

	@Test
	void clausesAreNumberedInOrderAndValuesFilledIn() {
		// given
		DocumentTemplate template = new DocumentTemplate("test", """
				# 合同 {{number}}
				## 条款
				- 付款 {{terms}}
				- 交货

				{{table lines: 品名 Product=product | 数量 Qty=quantity}}
				""");

		// when
		List<Block> blocks = template.fill(Map.of("number", "SC20261116HT0001", "terms", "NET60"),
				Map.of("lines", List.of(Map.of("product", "Sensor kit", "quantity", "10"))));

		// then
		assertThat(blocks).extracting(Block::kind)
			.containsExactly(Kind.TITLE, Kind.HEADING, Kind.CLAUSE, Kind.CLAUSE, Kind.GAP, Kind.TABLE);
		assertThat(blocks).extracting(Block::text).startsWith("合同 SC20261116HT0001", "条款", "1. 付款 NET60", "2. 交货");
		assertThat(blocks.get(5).headers()).containsExactly("品名 Product", "数量 Qty");
		assertThat(blocks.get(5).rows()).containsExactly(List.of("Sensor kit", "10"));
	}

	@Test
	void aNameTheDocumentDoesNotHaveIsRefusedWithItsLine() {
		// given
		DocumentTemplate template = new DocumentTemplate("sales-contract", "# Contract\nPrice: {{prise}}\n");

		// when / then
		assertThatThrownBy(() -> template.fill(Map.of("price", "1.00"), Map.of()))
			.hasMessageContaining("Template sales-contract, line 2 names {{prise}}")
			.hasMessageContaining("price");
	}

	@Test
	void aFileIsToldByItsFirstBytes() {
		// when / then
		assertThat(FileSniffer.contentType(Scans.pdf())).hasValue("application/pdf");
		assertThat(FileSniffer.contentType(Scans.png())).hasValue("image/png");
		assertThat(FileSniffer.contentType(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 }))
			.hasValue("image/jpeg");
		assertThat(FileSniffer.contentType(Scans.executable())).isEmpty();
		assertThat(FileSniffer.contentType(new byte[0])).isEmpty();
	}

}
