package io.parallax.ingest;

import java.time.LocalDate;

import io.parallax.stories.StoryStore;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin's correction of an article's outlet or publication date. The article is analysed again (its relative
 * dates count from the new date) and its story compared and summarised again, in one transaction under the
 * import lock, so readers see the state before or after, never between.
 */
@Service
public class CurationService {

	private final StoryStore store;

	private final StoryPipeline pipeline;

	private final ImportLock lock;

	private final TransactionTemplate transactions;

	private final JdbcTemplate jdbc;

	CurationService(StoryStore store, StoryPipeline pipeline, ImportLock lock, TransactionTemplate transactions,
			JdbcTemplate jdbc) {
		this.store = store;
		this.pipeline = pipeline;
		this.lock = lock;
		this.transactions = transactions;
		this.jdbc = jdbc;
	}

	/** @throws ImportRefusedException while an import runs */
	public void curate(Long articleId, String outlet, String outletUrl, LocalDate publishedOn, String by) {
		transactions.executeWithoutResult(status -> {
			if (!lock.tryAcquire()) {
				throw new ImportRefusedException("an import is running; save the correction when it has finished");
			}
			Long storyId = store.curate(articleId, outlet, outletUrl, publishedOn, by);
			jdbc.update("delete from article_analysis where article_id = ?", articleId);
			pipeline.refresh(storyId);
		});
	}

}
