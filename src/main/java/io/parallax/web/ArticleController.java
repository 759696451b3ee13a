package io.parallax.web;

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

	ArticleController(StoryCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/articles/{id}")
	String article(@PathVariable Long id, Model model) {
		model.addAttribute("article", catalog.article(id));
		return "articles/article";
	}

	/** The file as imported, byte for byte; shown inline as UTF-8 text. */
	@GetMapping("/articles/{id}/source")
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
