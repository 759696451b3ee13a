package io.parallax.claims;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.parallax.claims.ClaimWriter.RankedClaim;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the articles of a story, inside the import's transaction: aligns their sentences into claims, finds
 * where they disagree and what each leaves out, and which articles rewrite one another.
 */
@Service
public class ClaimService {

	private final ClaimInputs inputs;

	private final ClaimWriter writer;

	private final Propositions propositions;

	ClaimService(ClaimInputs inputs, ClaimWriter writer, Propositions propositions) {
		this.inputs = inputs;
		this.writer = writer;
		this.propositions = propositions;
	}

	/** @return how many claims the story has */
	@Transactional(propagation = Propagation.MANDATORY)
	public int compareStory(Long storyId) {
		List<ClaimSentence> sentences = inputs.of(storyId);
		// rewrites are whole sentences copied; facts are clauses
		List<ArticleOverlap> overlaps = ArticleOverlap.of(sentences, CandidatePairs.of(sentences));
		List<RankedClaim> claims = compare(sentences, propositions.of(storyId, sentences), overlaps,
				inputs.publishedOn(storyId));
		writer.replace(storyId, claims, overlaps);
		return claims.size();
	}

	/**
	 * @param sentences the story's sentences, whose words tell how rare each word is
	 * @param clauses the facts they state, one or more per sentence, which are aligned into claims
	 * @param publishedOn each article's day of publication, where known
	 */
	static List<RankedClaim> compare(List<ClaimSentence> sentences, List<ClaimSentence> clauses,
			List<ArticleOverlap> overlaps, Map<Long, LocalDate> publishedOn) {
		Origins origins = new Origins(overlaps);
		SentenceSimilarity similarity = new SentenceSimilarity(sentences);
		Map<Long, List<ClaimSentence>> byArticle = clauses.stream()
			.collect(Collectors.groupingBy(ClaimSentence::articleId));
		return OneFlagPerDisagreement.of(ClaimClusterer.cluster(clauses, CandidatePairs.of(clauses), similarity)
			.stream()
			.map(claim -> new RankedClaim(claim, origins.count(claim.articles()), Differences.of(claim, publishedOn),
					omittedBy(claim, byArticle, similarity)))
			.sorted(Comparator.comparing((RankedClaim c) -> c.claim().articles().size()).reversed()
				.thenComparing(Comparator.comparing(RankedClaim::origins).reversed())
				.thenComparing(c -> c.claim().representative().position()))
			.toList());
	}

	/** Below the claim threshold, a sentence this close may still state the fact in other words. */
	static final double MAY_STATE_IT = 0.2;

	/** The claim's sentences an article's sentences are checked against before it is said to leave the claim out. */
	private static final int CHECKED_MEMBERS = 3;

	/**
	 * The articles that leave out a claim most of the others report: that report it in no sentence, and that have
	 * no sentence even close to it (the claim threshold is set for precision, so a paraphrase may fall below it;
	 * calling that an omission would be wrong).
	 */
	private static Set<Long> omittedBy(DraftClaim claim, Map<Long, List<ClaimSentence>> byArticle,
			SentenceSimilarity similarity) {
		Set<Long> reporting = claim.articles();
		if (reporting.size() < 2 || reporting.size() * 2 <= byArticle.size() - 1) {
			return Set.of();
		}
		List<ClaimSentence> checked = claim.sentences().subList(0, Math.min(CHECKED_MEMBERS, claim.sentences().size()));
		return byArticle.entrySet().stream()
			.filter(article -> !reporting.contains(article.getKey()))
			.filter(article -> article.getValue().stream()
				.noneMatch(s -> checked.stream().anyMatch(member -> similarity.of(member, s) >= MAY_STATE_IT)))
			.map(Map.Entry::getKey)
			.collect(Collectors.toSet());
	}

}
