package io.parallax.stories;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.parallax.stories.FileOutcome.Kind;
import jakarta.persistence.EntityManager;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes imported articles into their stories. Callers hold one transaction around a whole import, so readers see
 * either the previous state or the new one.
 */
@Service
public class StoryStore {

	private final StoryRepository stories;

	private final ArticleRepository articles;

	private final ArticleSourceRepository sources;

	private final StoryNaming naming;

	private final Clock clock;

	private final EntityManager entityManager;

	private final JdbcClient jdbc;

	private final OutletKeys outletKeys;

	private final ApplicationEventPublisher events;

	StoryStore(StoryRepository stories, ArticleRepository articles, ArticleSourceRepository sources,
			StoryNaming naming, Clock clock, EntityManager entityManager, JdbcClient jdbc, OutletKeys outletKeys,
			ApplicationEventPublisher events) {
		this.events = events;
		this.entityManager = entityManager;
		this.outletKeys = outletKeys;
		this.jdbc = jdbc;
		this.stories = stories;
		this.articles = articles;
		this.sources = sources;
		this.naming = naming;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public StoryFingerprints fingerprints(String folderKey) {
		return stories.findByFolderKey(folderKey)
			.map(story -> new StoryFingerprints(articles.findByStory(story)
				.stream()
				.collect(Collectors.toMap(Article::getSourceFile, Article::getSha256))))
			.orElse(StoryFingerprints.NONE);
	}

	/**
	 * The names of the story's articles that came from its folder, not from an upload (retired ones too: a
	 * re-import brings them back). An upload may not take one of these names, or the next re-import would put the
	 * folder's text back over it.
	 */
	@Transactional(readOnly = true)
	public Set<String> folderFiles(String folderKey) {
		return jdbc.sql("""
				select a.source_file from article a join story s on s.id = a.story_id
				where s.folder_key = ? and not a.uploaded""").param(folderKey).query(String.class).set();
	}

	/**
	 * Sets or clears an admin's outlet, outlet home page and publication date for an article.
	 *
	 * @return the article's story id
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public Long curate(Long articleId, String outlet, String outletUrl, java.time.LocalDate publishedOn, String by) {
		Article article = articles.findWithStoryById(articleId)
			.orElseThrow(() -> io.parallax.system.NotFoundException.of("article", articleId));
		article.curate(outlet, outletUrl, publishedOn, by, clock.instant());
		article.register(OutletKeys.match(article, outletKeys.load()));
		entityManager.flush();
		return article.getStory().getId();
	}

	/** The folder key of the story with this slug, for adding uploaded articles to it. */
	@Transactional(readOnly = true)
	public java.util.Optional<String> folderKeyOf(String slug) {
		return stories.findBySlug(slug).map(Story::getFolderKey);
	}

	@Transactional(readOnly = true)
	public long activeArticleCount() {
		return articles.countByRetiredAtIsNull();
	}

	/**
	 * Adds and updates the changed articles, restores returning files and retires the articles whose files have
	 * left the folder (kept, so that links to them still work, but no longer part of the story).
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public StoredStory save(StoryImport storyImport) {
		Instant now = clock.instant();
		Story story = stories.findByFolderKey(storyImport.folderKey()).orElseGet(() -> create(storyImport, now));
		List<Article> existing = articles.findByStory(story);
		Map<String, Article> byFile = byFile(existing);
		Map<String, Article> bySha = bySha(existing);
		List<FileOutcome> outcomes = new ArrayList<>();
		Map<String, String> outlets = outletKeys.load();
		for (ArticleContent content : storyImport.changed()) {
			outcomes.add(upsert(story, content, byFile, bySha, now));
			Article stored = byFile.get(content.sourceFile());
			stored.register(OutletKeys.match(stored, outlets));
			if (storyImport.upload()) {
				byFile.get(content.sourceFile()).markUploaded();
			}
		}
		for (Article article : existing) {
			if (!storyImport.upload()) {
				reconcile(article, storyImport.presentFiles(), now).ifPresent(outcomes::add);
			}
		}
		List<Headline> headlines = byFile.values().stream().filter(a -> !a.isRetired()).map(Headline::of).toList();
		rename(story, storyImport, headlines, now);
		// Downstream modules read the stored sentences in this same transaction, with SQL of their own.
		entityManager.flush();
		return new StoredStory(story.getId(), outcomes);
	}

	/**
	 * Marks a story as changed, after every stage has written what it found: gives it the next version (which
	 * invalidates its pages' ETags and cached copies on every instance) and stores what its pages would otherwise
	 * count per request: its article and outlet counts and each current article's place in the reading order.
	 * Then tells {@link StoryChanged} listeners (the search index), which write in this transaction too.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void markChanged(Long storyId) {
		entityManager.flush();
		jdbc.sql("update article set story_position = null where story_id = ? and retired_at is not null")
			.param(storyId).update();
		jdbc.sql("""
				update article a set story_position = o.position
				from (select id, row_number() over (order by coalesce(curated_published_on, published_on) asc nulls last,
				                                              source_file) - 1 as position
				      from article where story_id = ? and retired_at is null) o
				where a.id = o.id and a.story_position is distinct from o.position""").param(storyId).update();
		jdbc.sql("""
				update story s set version = nextval('story_version_seq'), changed_at = ?, article_count = a.articles,
				       outlet_count = a.outlets, first_published = a.first_published, last_published = a.last_published
				from (select count(*) as articles,
				             count(distinct coalesce(curated_outlet, registered_outlet, outlet)) as outlets,
				             min(coalesce(curated_published_on, published_on)) as first_published,
				             max(coalesce(curated_published_on, published_on)) as last_published
				      from article where story_id = ? and retired_at is null) a
				where s.id = ?""").params(java.sql.Timestamp.from(clock.instant()), storyId, storyId).update();
		// Listeners run now, in this transaction: what they derive from the story commits with it.
		events.publishEvent(new StoryChanged(storyId));
	}

	private Story create(StoryImport storyImport, Instant now) {
		List<Headline> headlines = storyImport.changed().stream().map(Headline::of).toList();
		StoryNaming.Title title = naming.title(storyImport.title(), headlines);
		Story story = new Story(storyImport.folderKey(), naming.newSlug(storyImport, title.text()), now);
		story.retitle(title.text(), title.derived(), now);
		return stories.save(story);
	}

	private FileOutcome upsert(Story story, ArticleContent content, Map<String, Article> byFile,
			Map<String, Article> bySha, Instant now) {
		Article sameName = byFile.get(content.sourceFile());
		Article sameContent = bySha.get(content.sha256());
		if (sameName == null && sameContent != null) {
			String previousName = sameContent.getSourceFile();
			byFile.remove(previousName);
			sameContent.replaceContent(content, now);
			byFile.put(content.sourceFile(), sameContent);
			return new FileOutcome(content.sourceFile(), Kind.UPDATED, "renamed from " + previousName);
		}
		if (sameName != null) {
			sameName.replaceContent(content, now);
			sources.findById(sameName.getId()).ifPresent(source -> source.replace(content.raw()));
			return new FileOutcome(content.sourceFile(), Kind.UPDATED, "content changed");
		}
		Article article = articles.save(new Article(story, content, now));
		sources.save(new ArticleSource(article, content.raw()));
		byFile.put(content.sourceFile(), article);
		return new FileOutcome(content.sourceFile(), Kind.ADDED, null);
	}

	private static Optional<FileOutcome> reconcile(Article article, Set<String> presentFiles, Instant now) {
		boolean present = presentFiles.contains(article.getSourceFile());
		if (present && article.isRetired()) {
			article.restore(now);
			return Optional.of(new FileOutcome(article.getSourceFile(), Kind.UPDATED, "back in the folder"));
		}
		if (!present && !article.isRetired() && !article.isUploaded()) {
			article.retire(now);
			return Optional.of(new FileOutcome(article.getSourceFile(), Kind.RETIRED, "no longer in the folder"));
		}
		return Optional.empty();
	}

	/**
	 * A title given by the import (story.properties, or the admin's for a new story) is the story's; otherwise it is
	 * derived from the headlines again, except that an upload into a story keeps a title someone gave it: uploads
	 * only add articles, and the admin who typed a title did not ask for it to be replaced.
	 */
	private void rename(Story story, StoryImport storyImport, List<Headline> headlines, Instant now) {
		if (!headlines.isEmpty()) {
			boolean keepsGivenTitle = storyImport.title() == null && storyImport.upload() && !story.isTitleDerived();
			StoryNaming.Title title = naming.title(keepsGivenTitle ? story.getTitle() : storyImport.title(), headlines);
			story.retitle(title.text(), title.derived(), now);
		}
		if (storyImport.slug() != null && !storyImport.slug().equals(story.getSlug())) {
			story.reslug(naming.uniqueSlug(storyImport.slug()));
		}
	}

	private static Map<String, Article> byFile(List<Article> articles) {
		Map<String, Article> map = new HashMap<>();
		articles.forEach(a -> map.put(a.getSourceFile(), a));
		return map;
	}

	private static Map<String, Article> bySha(List<Article> articles) {
		Map<String, Article> map = new HashMap<>();
		articles.forEach(a -> map.put(a.getSha256(), a));
		return map;
	}

}
