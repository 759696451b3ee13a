package io.parallax.summary;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.parallax.summary.StoryWording.Candidate;
import io.parallax.summary.Summariser.Pick;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Summarises a story inside the import's transaction, after its claims are compared: the story summary, each
 * article's key sentences, and the timeline, all stored for the pages to read.
 */
@Service
public class SummaryService {

	/** Summary sentences kept; readers ask for up to this many. */
	static final int MAX_SENTENCES = 12;

	private static final int ARTICLE_SENTENCES = 3;

	private final SummaryInputs inputs;

	private final TimelineWriter timeline;

	private final CoverageWriter coverage;

	private final KeyFactWriter keyFacts;

	private final JdbcTemplate jdbc;

	SummaryService(SummaryInputs inputs, TimelineWriter timeline, CoverageWriter coverage, KeyFactWriter keyFacts,
			JdbcTemplate jdbc) {
		this.inputs = inputs;
		this.timeline = timeline;
		this.coverage = coverage;
		this.keyFacts = keyFacts;
		this.jdbc = jdbc;
	}

	/** Stories with a current article that has no stored coverage yet, as after the upgrade that added it. */
	@Transactional(readOnly = true)
	public List<Long> storiesAwaitingSummary() {
		return jdbc.queryForList("""
				select distinct a.story_id from article a left join article_coverage c on c.article_id = a.id
				where a.retired_at is null and c.article_id is null""", Long.class);
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void summariseStory(Long storyId) {
		List<SummarySentence> sentences = inputs.of(storyId);
		StoryWording wording = StoryWording.of(sentences);
		List<Pick> story = Summariser.pick(wording.candidates(), wording, MAX_SENTENCES);
		jdbc.update("delete from story_summary_sentence where story_id = ?", storyId);
		List<Object[]> rows = new ArrayList<>();
		for (int rank = 0; rank < story.size(); rank++) {
			Pick pick = story.get(rank);
			rows.add(new Object[] { storyId, rank, pick.sentence().id(), pick.sentence().claimId(), pick.score() });
		}
		jdbc.batchUpdate("insert into story_summary_sentence (story_id, rank, sentence_id, claim_id, score) "
				+ "values (?, ?, ?, ?, ?)", rows);
		summariseArticles(sentences, wording);
		timeline.replace(storyId);
		coverage.replace(storyId);
		keyFacts.replace(storyId);
	}

	/**
	 * Each article's key sentences: picked as the story's summary is, from the article's own sentences, so that they
	 * are where the article says what the coverage has in common; shown in the article's order.
	 */
	private void summariseArticles(List<SummarySentence> sentences, StoryWording wording) {
		Object[] articleIds = sentences.stream().map(SummarySentence::articleId).distinct().toArray();
		jdbc.update(con -> {
			var ps = con.prepareStatement("delete from article_summary_sentence where article_id = any (?)");
			ps.setArray(1, con.createArrayOf("bigint", articleIds));
			return ps;
		});
		Map<Long, List<Candidate>> byArticle = wording.candidates().stream()
			.collect(Collectors.groupingBy(c -> c.sentence().articleId()));
		List<Object[]> rows = new ArrayList<>();
		for (Map.Entry<Long, List<Candidate>> article : byArticle.entrySet()) {
			List<Pick> picks = Summariser.pick(article.getValue(), wording, ARTICLE_SENTENCES);
			List<SummarySentence> chosen = new ArrayList<>(picks.stream().map(Pick::sentence).toList());
			chosen.sort(Comparator.comparingInt(SummarySentence::position));
			for (int rank = 0; rank < chosen.size(); rank++) {
				rows.add(new Object[] { article.getKey(), rank, chosen.get(rank).id() });
			}
		}
		jdbc.batchUpdate("insert into article_summary_sentence (article_id, rank, sentence_id) values (?, ?, ?)", rows);
	}

}
