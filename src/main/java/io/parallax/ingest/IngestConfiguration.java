package io.parallax.ingest;

import io.parallax.text.SentenceSplitter;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The readers shared by folder imports and uploads, built from the budgets in {@code parallax.import.*}.
 */
@Configuration(proxyBeanMethods = false)
class IngestConfiguration {

	@Bean
	ArticleFileDecoder articleFileDecoder(IngestProperties properties) {
		return new ArticleFileDecoder(properties.importing().maxFileBytes(), properties.importing().maxPageBytes());
	}

	@Bean
	SafeFileReader safeFileReader(ArticleFileDecoder decoder) {
		return new SafeFileReader(decoder);
	}

	@Bean
	StoryFolderReader storyFolderReader(ArticleFileDecoder decoder, SentenceSplitter sentences,
			IngestProperties properties) {
		IngestProperties.Import budgets = properties.importing();
		return new StoryFolderReader(new ArticleReader(decoder, budgets.limits(), new ArticleParser(sentences),
				new PageParser(sentences),
				budgets.parseTimeLimit()));
	}

}
