package io.parallax.web;

import io.parallax.analysis.AnalysisViews.ArticleAnalysis;
import io.parallax.analysis.ArticleMarksCatalog;
import io.parallax.summary.SummaryCatalog;

import io.parallax.stories.ArticlePage;
import io.parallax.stories.StoryCatalog;
import io.parallax.stories.RawArticleFile;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import java.nio.charset.StandardCharsets;

@Controller
class ArticleController {

	private final StoryCatalog catalog;

	private final ArticleMarksCatalog analysis;

	private final SummaryCatalog summaries;

	private final StructuredData structuredData;

	ArticleController(StoryCatalog catalog, ArticleMarksCatalog analysis, SummaryCatalog summaries,
			StructuredData structuredData) {
		this.structuredData = structuredData;
		this.catalog = catalog;
		this.analysis = analysis;
		this.summaries = summaries;
	}

	@GetMapping("/articles/{id}")
	String article(@PathVariable Long id, Model model) {
		ArticlePage article = catalog.article(id);
		ArticleAnalysis found = analysis.article(id);
		model.addAttribute("article", article);
		model.addAttribute("marked", ArticleMarkup.of(article, found.marks()));
		model.addAttribute("quoted", found.quoted());
		model.addAttribute("cited", found.cited());
		model.addAttribute("brief", summaries.article(id).sentences());
		model.addAttribute("jsonLd", structuredData.article(article));
		model.addAttribute("description", article.standfirst() != null ? article.standfirst() : article.headline());
		return "articles/article";
	}

	/** The original text as a page of the site, with the way back to the article and to the file itself. */
	@GetMapping("/articles/{id}/source")
	String sourcePage(@PathVariable Long id, Model model) {
		ArticlePage article = catalog.article(id);
		RawArticleFile file = catalog.rawFile(id);
		model.addAttribute("article", article);
		model.addAttribute("text", new String(file.content(), StandardCharsets.UTF_8));
		return "articles/source";
	}

	/** The file as imported, byte for byte; shown inline as UTF-8 text. */
	@GetMapping("/articles/{id}/source.txt")
	ResponseEntity<byte[]> source(@PathVariable Long id) {
		RawArticleFile file = catalog.rawFile(id);
		return ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(file.sourceFile(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

}
