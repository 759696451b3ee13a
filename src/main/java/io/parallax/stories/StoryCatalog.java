package io.parallax.stories;

import java.util.List;

import io.parallax.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of stories and articles: a few queries per call, whatever the number of articles.
 */
@Service
@Transactional(readOnly = true)
public class StoryCatalog {

	private final StoryRepository stories;

	private final ArticleRepository articles;

	private final ArticleSourceRepository sources;

	StoryCatalog(StoryRepository stories, ArticleRepository articles, ArticleSourceRepository sources) {
		this.stories = stories;
		this.articles = articles;
		this.sources = sources;
	}

	public List<StoryListing> stories() {
		return stories.findListings();
	}

	/** The id of the story with this slug, for the modules that read what they stored about it. */
	public Long storyId(String slug) {
		return stories.findBySlug(slug).map(Story::getId).orElseThrow(() -> NotFoundException.of("story", slug));
	}

	public StoryPage story(String slug) {
		Story story = stories.findBySlug(slug).orElseThrow(() -> NotFoundException.of("story", slug));
		return new StoryPage(story.getSlug(), story.getTitle(), story.isTitleDerived(), articles.findCards(story));
	}

	public ArticlePage article(Long id) {
		return articles.findWithStory(id).map(ArticlePage::of).orElseThrow(() -> NotFoundException.of("article", id));
	}

	public RawArticleFile rawFile(Long id) {
		Article article = articles.findWithStory(id).orElseThrow(() -> NotFoundException.of("article", id));
		byte[] content = sources.findById(id).map(ArticleSource::getContent).orElseThrow();
		return new RawArticleFile(article.getSourceFile(), content);
	}

}
