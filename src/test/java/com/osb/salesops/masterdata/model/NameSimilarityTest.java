package com.osb.salesops.masterdata.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which names the duplicate check takes for the same company.
 */
class NameSimilarityTest {

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Huaxin Electronics                     | HUAXIN ELECTRONICS CO., LTD.  | true
			Huaxin Electronics                     | Huaxin Electronic             | true
			Beijing Huaxin Electronics Co., Ltd.   | Beijing Huaxin Electronics    | true
			北京华信电子有限公司                      | 北京华信电子                     | true
			北京华信电子有限公司                      | 北京华信电子股份有限公司           | true
			Huaxin Electronics                     | Huaxing Foods                 | false
			Beifang Machinery                      | Nanfang Machinery             | false
			北京华信电子                              | 上海华信电子                     | false
			Tianhe Telecom                         | ''                            | false
			""")
	void shouldTellTheSameCompanyFromAnother(String a, String b, boolean similar) {
		// when / then
		assertThat(NameSimilarity.similar(a, b)).isEqualTo(similar);
	}

}
