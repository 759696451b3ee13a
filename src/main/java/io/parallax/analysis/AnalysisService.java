package io.parallax.analysis;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.parallax.analysis.StoryEntities.EntityIndex;
import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleTexts;
import io.parallax.system.TimeBudget;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Analyses a story inside the import's transaction: each article whose text is new or changed, then the story as a
 * whole (entities across articles, quote groups, links from quotes and sources to entities).
 */
@Service
public class AnalysisService {

	private static final Logger log = LoggerFactory.getLogger(AnalysisService.class);

	private final ArticleTexts texts;

	private final ArticleAnalyser analyser;

	private final FindingsWriter writer;

	private final EmbeddingWriter embeddings;

	private final StoryEntities entities;

	private final QuoteGroups quoteGroups;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AnalysisService(ArticleTexts texts, ArticleAnalyser analyser, FindingsWriter writer, EmbeddingWriter embeddings,
			StoryEntities entities,
			QuoteGroups quoteGroups, JdbcTemplate jdbc, Clock clock) {
		this.texts = texts;
		this.analyser = analyser;
		this.writer = writer;
		this.embeddings = embeddings;
		this.entities = entities;
		this.quoteGroups = quoteGroups;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @return how long each part took, and how many sentences were analysed
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AnalysisTimings analyseStory(Long storyId) {
		return analyseStory(storyId, true);
	}

	/**
	 * @param storyChanged whether the import added, updated or retired an article of the story; when it did not
	 *     and every article is already analysed, the story's entities and quote groups stand as they are
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AnalysisTimings analyseStory(Long storyId, boolean storyChanged) {
		return analyseStory(storyId, storyChanged, null);
	}

	/**
	 * @param articleTimeLimit how long one article's analysis may take, or null for no limit
	 * @throws TimeBudget.OverBudgetException naming the article's file when its analysis takes longer
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public AnalysisTimings analyseStory(Long storyId, boolean storyChanged, Duration articleTimeLimit) {
		long start = System.nanoTime();
		List<ArticleText> articles = texts.ofStory(storyId);
		List<Long> analysed = jdbc.queryForList("""
				select a.id from article a join article_analysis x on x.article_id = a.id and x.sha256 = a.sha256
				  and x.version = ?
				where a.story_id = ?""", Long.class, AnalysisVersion.CURRENT, storyId);
		List<ArticleText> pending = articles.stream().filter(a -> !analysed.contains(a.id())).toList();
		// The articles are analysed in parallel (the taggers are per thread); their findings are written here, in
		// the import's transaction.
		EmbeddingWriter.Pending vectors = embeddings.start(pending);
		Map<ArticleText, ArticleFindings> findings = new ConcurrentHashMap<>();
		pending.parallelStream().forEach(article -> findings.put(article, analyseSafely(article, articleTimeLimit)));
		writer.replace(findings, clock.instant());
		int sentences = pending.stream().mapToInt(a -> a.sentences().size()).sum();
		long articlesDone = System.nanoTime();
		if (storyChanged || sentences > 0) {
			// Only the comparison reads the vectors: the story's entities and quote groups are worked out while the
			// embedding, the costliest part of the import, goes on in the background.
			EntityIndex index = entities.rebuild(storyId);
			quoteGroups.rebuild(storyId, index);
			linkAttributions(storyId, index);
		}
		long storyDone = System.nanoTime();
		embeddings.finish(vectors);
		long waitedForVectors = System.nanoTime() - storyDone;
		// the wait for the vectors is the articles' embedding, counted with the articles
		return new AnalysisTimings(sentences, (articlesDone - start + waitedForVectors) / 1_000_000,
				(storyDone - articlesDone) / 1_000_000);
	}

	/**
	 * A fault in the analysis of one article must not cost the import: the article is stored without findings, and
	 * the fault is logged with what is needed to reproduce it.
	 */
	private ArticleFindings analyseSafely(ArticleText article, Duration timeLimit) {
		try {
			return timeLimit == null ? analyser.analyse(article)
					: TimeBudget.run(article.sourceFile(), timeLimit, () -> analyser.analyse(article));
		}
		catch (TimeBudget.OverBudgetException ex) {
			throw ex;
		}
		catch (Exception ex) {
			log.error("analysis of article {} ({}) failed; it is stored without analysis", article.id(),
					article.sourceFile(), ex);
			return ArticleFindings.none();
		}
	}

	/**
	 * Starts embedding the sentences of articles about to be stored, so that the embedding (the costliest part of
	 * the analysis) runs while they are stored; {@link #analyseStory} collects the vectors.
	 */
	public void prepareEmbeddings(java.util.Collection<String> sentences) {
		embeddings.prefetch(sentences);
	}

	/** Drops what {@link #prepareEmbeddings} computed and nobody collected, once an import has ended. */
	public void discardPreparedEmbeddings() {
		embeddings.discardPrefetched();
	}

	/**
	 * Story ids whose current articles have not all been analysed by this version of the analysis (after an upgrade
	 * that reads articles better, {@link AnalysisVersion}).
	 */
	@Transactional(readOnly = true)
	public List<Long> storiesAwaitingAnalysis() {
		return jdbc.queryForList("""
				select distinct a.story_id from article a left join article_analysis x on x.article_id = a.id
				where a.retired_at is null and (x.article_id is null or x.sha256 <> a.sha256 or x.version <> ?)""",
				Long.class, AnalysisVersion.CURRENT);
	}

	private void linkAttributions(Long storyId, EntityIndex index) {
		List<Object[]> rows = jdbc.query("""
				select t.id, t.source_key from attribution t join article a on a.id = t.article_id
				where a.story_id = ? and a.retired_at is null""",
				(rs, n) -> new Object[] { index.find(rs.getString(2)).orElse(null), rs.getLong(1) }, storyId);
		BulkUpdates.set(jdbc, "attribution", "entity_id", rows);
	}

}
