package io.parallax.claims;

import java.util.Comparator;
import java.util.List;
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

	ClaimService(ClaimInputs inputs, ClaimWriter writer) {
		this.inputs = inputs;
		this.writer = writer;
	}

	/** @return how many claims the story has */
	@Transactional(propagation = Propagation.MANDATORY)
	public int compareStory(Long storyId) {
		List<ClaimSentence> sentences = inputs.of(storyId);
		List<CandidatePairs.Pair> candidates = CandidatePairs.of(sentences);
		List<ArticleOverlap> overlaps = ArticleOverlap.of(sentences, candidates);
		List<RankedClaim> claims = compare(sentences, candidates, overlaps);
		writer.replace(storyId, claims, overlaps);
		return claims.size();
	}

	static List<RankedClaim> compare(List<ClaimSentence> sentences, List<CandidatePairs.Pair> candidates,
			List<ArticleOverlap> overlaps) {
		Set<Long> articles = sentences.stream().map(ClaimSentence::articleId).collect(Collectors.toSet());
		Origins origins = new Origins(overlaps);
		SentenceSimilarity similarity = new SentenceSimilarity(new StoryWords(sentences));
		return ClaimClusterer.cluster(sentences, candidates, similarity)
			.stream()
			.map(claim -> new RankedClaim(claim, origins.count(claim.articles()), Differences.of(claim),
					omittedBy(claim, articles)))
			.sorted(Comparator.comparing((RankedClaim c) -> c.claim().articles().size()).reversed()
				.thenComparing(Comparator.comparing(RankedClaim::origins).reversed())
				.thenComparing(c -> c.claim().representative().position()))
			.toList();
	}

	/** The articles that leave out a claim most of the others report. */
	private static Set<Long> omittedBy(DraftClaim claim, Set<Long> articles) {
		Set<Long> reporting = claim.articles();
		if (reporting.size() < 2) {
			return Set.of();
		}
		return articles.stream()
			.filter(a -> !reporting.contains(a) && reporting.size() * 2 > articles.size() - 1)
			.collect(Collectors.toSet());
	}

}
