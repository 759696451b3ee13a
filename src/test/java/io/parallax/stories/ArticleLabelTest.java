package io.parallax.stories;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.stories.ArticleLabel.Source;
import org.junit.jupiter.api.Test;

class ArticleLabelTest {

	@Test
	void theOutletWhenTheTextOrAnEditorNamesIt() {
		assertThat(ArticleLabel.of("Invezz", "003_9fc65ddf9e96fd78.txt", "Trump and Putin to meet"))
			.isEqualTo(new ArticleLabel("Invezz", Source.OUTLET));
	}

	@Test
	void aNameTheFileNamePlainlyGivesMarkedAsSuch() {
		assertThat(ArticleLabel.of(null, "nytimes.txt", "Headline")).isEqualTo(new ArticleLabel("nytimes (file name)", Source.FILE_NAME));
		assertThat(ArticleLabel.of(null, "bbc-2025-08-07.txt", "Headline").text()).isEqualTo("bbc (file name)");
		assertThat(ArticleLabel.of(null, "www.reuters.com_2025-08-07.html", "Headline").text())
			.isEqualTo("reuters.com (file name)");
		assertThat(ArticleLabel.of(null, "article-the-guardian-07.txt", "Headline").text())
			.isEqualTo("the guardian (file name)");
		assertThat(ArticleLabel.nameInFileName("new-york-times.txt")).isEqualTo("new york times");
		assertThat(ArticleLabel.nameInFileName("Al_Jazeera_2025.txt")).isEqualTo("Al Jazeera");
		assertThat(ArticleLabel.nameInFileName("fox-news.txt")).isEqualTo("fox news");
		assertThat(ArticleLabel.nameInFileName("bbc-news-2025.txt")).isEqualTo("bbc news");
	}

	@Test
	void neverHashesNumbersOrADescriptionOfTheStory() {
		assertThat(ArticleLabel.nameInFileName("004_c8385735afe06fd6.txt")).isNull();
		assertThat(ArticleLabel.nameInFileName("2025-08-07.txt")).isNull();
		assertThat(ArticleLabel.nameInFileName("trump-putin-summit-talks.txt")).isNull();
		assertThat(ArticleLabel.nameInFileName("story.txt")).isNull();
		assertThat(ArticleLabel.nameInFileName("news-2025-08-07.txt")).isNull();
		assertThat(ArticleLabel.nameInFileName("new-article.txt")).isNull();
		assertThat(ArticleLabel.nameInFileName("the-new-draft.txt")).isNull();
	}

	@Test
	void otherwiseTheHeadlinesFirstWordsInQuotationMarks() {
		ArticleLabel label = ArticleLabel.of(" ", "004_c8385735afe06fd6.txt",
				"Trump eyes Putin meeting as ceasefire talks gain momentum");
		assertThat(label.source()).isEqualTo(Source.HEADLINE);
		assertThat(label.text()).isEqualTo("“Trump eyes Putin meeting as ceasefire…”");
		assertThat(ArticleLabel.of(null, "1.txt", "Short one").text()).isEqualTo("“Short one”");
		assertThat(ArticleLabel.of(null, "1.txt", null).text()).isEqualTo("Untitled article");
	}

}
