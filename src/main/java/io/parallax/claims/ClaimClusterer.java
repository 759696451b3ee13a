package io.parallax.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.DoubleStream;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Aligns the clauses of a story's articles (the facts their sentences state, {@link Propositions}) into claims.
 * Candidate pairs (blocked by shared rare words) are scored; the strongest links are taken first, and two groups
 * merge only if they share no article, so that one article's several clauses never chain unrelated reports
 * together. A sentence that rule leaves alone, but that states the fact of each member from the other articles (its
 * article's fact told again lower down), joins the claim beside its article's first report of it. A clause that also
 * states a second claim strongly joins that claim too. A sentence whose clauses state several shared facts is a
 * member of each of their claims.
 */
final class ClaimClusterer {

	private static final double SECOND_CLAIM = SentenceSimilarity.SAME_CLAIM + 0.1;

	/**
	 * How strongly a sentence already in a claim must state each member of another claim, from the other articles,
	 * to be a member of that one too: an article often gives one fact in two sentences (the lead's summary and a
	 * paragraph that tells it again in detail), and the detailed one may already state a second fact shared with
	 * another article. Halfway between the bar for a claim and that for a second claim. On the development corpus
	 * (README "Quality") claims pairwise F1 went from 0.430 to 0.440 and the seeds' from 0.707 to 0.722, the flags
	 * as before and omissions right 0.833 to 0.842; 0.38 gave 0.443 and 0.722. Compared with the other articles'
	 * members only, 0.447 and 0.714, but a sentence of another fact came in (ClaimClustererTest).
	 */
	static final double RESTATES_ANOTHER = 0.40;

	/** Enough of a claim's members to tell a restatement of its fact, however many articles report it. */
	private static final int RESTATEMENT_SAMPLE = 25;

	private ClaimClusterer() {
	}

	/** @param weak a mutual best match below the threshold, which may only join a sentence still alone */
	record Link(int a, int b, double score, boolean weak) {

		Link(int a, int b, double score) {
			this(a, b, score, false);
		}

	}

	static List<DraftClaim> cluster(List<ClaimSentence> sentences, List<CandidatePairs.Pair> candidates,
			SentenceSimilarity similarity) {
		// the scores, the costliest part of the comparison, on all cores; the links keep the candidates' order
		NearFigures figures = NearFigures.of(sentences);
		double[] scores = new double[candidates.size()];
		IntStream.range(0, scores.length).parallel().forEach(k -> scores[k] = scored(candidates.get(k), sentences,
				similarity, figures));
		List<Link> links = new ArrayList<>();
		for (int k = 0; k < scores.length; k++) {
			CandidatePairs.Pair pair = candidates.get(k);
			boolean part = sentences.get(pair.a()).part() || sentences.get(pair.b()).part();
			if (scores[k] >= (part ? SentenceSimilarity.SAME_FACT_IN_PART : SentenceSimilarity.SAME_CLAIM)) {
				links.add(new Link(pair.a(), pair.b(), scores[k]));
			}
		}
		links.addAll(mutualBestMatches(candidates, scores, sentences, figures));
		links.sort(Comparator.comparingDouble(Link::score).reversed());
		Groups groups = new Groups(sentences, similarity);
		List<Link> unused = new ArrayList<>();
		for (Link link : links) {
			// a weak link joins a sentence still alone, never two groups: between two groups, a best match is often
			// only the least unlike sentence of an article that does not report the fact
			if (link.weak() && !groups.weakLinkJoins(link.a(), link.b()) || !groups.merge(link.a(), link.b())) {
				unused.add(link);
			}
		}
		Map<Integer, DraftClaim> claims = groups.claims();
		addSecondClaims(sentences, unused, groups, claims, similarity, figures);
		return OneClaimPerFact.of(claims.values());
	}

	/**
	 * From this score, two sentences that are each other's best match in the other's article state one fact. On the
	 * development corpus 0.32 raised claims pairwise F1 from 0.425 to 0.430 and the seeds' from 0.693 to 0.707, with
	 * the conditions of {@link Groups#weakLinkJoins} (without them: 0.434, but an unrelated claim chained into another
	 * in a story of mixed events); with no conditions, 0.30 and 0.28 scored 0.437 and 0.435 and the seeds 0.681 and
	 * 0.640.
	 */
	static final double MUTUAL = 0.32;

	/**
	 * Pairs below the threshold that are each other's best match in the other's article (as sentence alignment
	 * between two texts pairs mutual nearest neighbours): two articles' reports of one fact, in words different
	 * enough to score lower than most same-fact pairs. Not a pair that gives different figures of one measure: with
	 * little else shared, those are more likely two facts.
	 */
	static List<Link> mutualBestMatches(List<CandidatePairs.Pair> candidates, double[] scores,
			List<ClaimSentence> sentences, NearFigures figures) {
		// only pairs that could be a weak link count: one below the weak threshold never beats one above it
		Map<Long, Double> best = new HashMap<>();
		for (int k = 0; k < scores.length; k++) {
			if (scores[k] < MUTUAL) {
				continue;
			}
			CandidatePairs.Pair pair = candidates.get(k);
			best.merge(bestKey(pair.a(), sentences.get(pair.b()).articleId()), scores[k], Math::max);
			best.merge(bestKey(pair.b(), sentences.get(pair.a()).articleId()), scores[k], Math::max);
		}
		List<Link> mutual = new ArrayList<>();
		for (int k = 0; k < scores.length; k++) {
			if (scores[k] < MUTUAL) {
				continue;
			}
			CandidatePairs.Pair pair = candidates.get(k);
			boolean part = sentences.get(pair.a()).part() || sentences.get(pair.b()).part();
			double threshold = part ? SentenceSimilarity.SAME_FACT_IN_PART : SentenceSimilarity.SAME_CLAIM;
			if (scores[k] < threshold
					&& scores[k] >= best.get(bestKey(pair.a(), sentences.get(pair.b()).articleId()))
					&& scores[k] >= best.get(bestKey(pair.b(), sentences.get(pair.a()).articleId()))
					&& !figures.differ(pair.a(), pair.b())) {
				mutual.add(new Link(pair.a(), pair.b(), scores[k], true));
			}
		}
		return mutual;
	}

	private static long bestKey(int sentence, long otherArticle) {
		return ((long) sentence << 32) ^ otherArticle;
	}

	private static double scored(CandidatePairs.Pair pair, List<ClaimSentence> sentences,
			SentenceSimilarity similarity, NearFigures figures) {
		double score = similarity.of(sentences.get(pair.a()), sentences.get(pair.b()));
		return score >= NearFigures.CONTEXT && figures.conflict(pair.a(), pair.b()) ? Math.max(score, SECOND_CLAIM)
				: score;
	}

	private static void addSecondClaims(List<ClaimSentence> sentences, List<Link> unused, Groups groups,
			Map<Integer, DraftClaim> claims, SentenceSimilarity similarity, NearFigures figures) {
		// restatements first: a sentence that restates a claim's fact belongs to it, not to a second claim of its own
		Restatements restatements = new Restatements(sentences, groups, claims, similarity, figures);
		unused.forEach(restatements::join);
		for (Link link : unused) {
			if (link.score() < SECOND_CLAIM) {
				continue;
			}
			if (!restatements.joined(link.a())) {
				tryJoin(sentences.get(link.b()), claims.get(groups.root(link.a())));
			}
			if (!restatements.joined(link.b())) {
				tryJoin(sentences.get(link.a()), claims.get(groups.root(link.b())));
			}
		}
	}

	/**
	 * Sentences that restate a fact their article already gives (the lead's, told again lower down): each joins the
	 * claim of that fact when it states the fact of every member from the other articles, not only of the one it is
	 * linked to, which would chain a neighbouring fact in. A sentence left alone needs the bar of a claim; one already
	 * in a claim of its own, {@link #RESTATES_ANOTHER} to every member, its own article's too (a sentence that states
	 * two facts is not a restatement of a third sentence of its article, which states only the other), and no figure
	 * of its may differ from theirs (a fact told again gives the same figures; "$5.7 billion" beside "about $8
	 * billion" is a second fact).
	 */
	private static final class Restatements {

		private final List<ClaimSentence> sentences;

		private final Groups groups;

		private final Map<Integer, DraftClaim> claims;

		private final SentenceSimilarity similarity;

		private final NearFigures figures;

		/** Each sentence and claim (by its group's root) already weighed, packed in one number. */
		private final Set<Long> weighed = new HashSet<>();

		private final Set<Integer> joined = new HashSet<>();

		Restatements(List<ClaimSentence> sentences, Groups groups, Map<Integer, DraftClaim> claims,
				SentenceSimilarity similarity, NearFigures figures) {
			this.sentences = sentences;
			this.groups = groups;
			this.claims = claims;
			this.similarity = similarity;
			this.figures = figures;
		}

		void join(Link link) {
			joinIfRestatement(link.a(), link.b());
			joinIfRestatement(link.b(), link.a());
		}

		boolean joined(int sentence) {
			return joined.contains(sentence);
		}

		private void joinIfRestatement(int sentence, int linked) {
			int root = groups.root(linked);
			// a lone sentence that joined another claim as a restatement has no claim of its own left to join
			if (groups.root(sentence) == root || groups.alone(linked) && joined.contains(linked)
					|| !weighed.add(((long) sentence << 32) | root)) {
				return;
			}
			ClaimSentence restating = sentences.get(sentence);
			DraftClaim claim = claims.get(root);
			boolean restates = groups.alone(sentence) ? statesEachOther(restating, claim)
					: restatesToo(sentence, restating, root, claim);
			if (restates) {
				claim.add(restating);
				joined.add(sentence);
			}
		}

		private boolean statesEachOther(ClaimSentence restating, DraftClaim claim) {
			return toOtherArticles(claim.sentences().stream(), restating, similarity)
				.allMatch(score -> score >= SentenceSimilarity.SAME_CLAIM);
		}

		/** A sentence of a claim of its own that is also a member of this one, as a sentence of two facts is. */
		private boolean restatesToo(int sentence, ClaimSentence restating, int root, DraftClaim claim) {
			return claim.articles().stream().anyMatch(article -> !article.equals(restating.articleId()))
					&& groups.membersOf(root).limit(RESTATEMENT_SAMPLE).noneMatch(m -> figures.differ(sentence, m))
					&& claim.sentences().stream().limit(RESTATEMENT_SAMPLE)
						.allMatch(member -> similarity.of(member, restating) >= (member.articleId()
							.equals(restating.articleId()) ? SentenceSimilarity.SAME_CLAIM : RESTATES_ANOTHER));
		}

	}

	/**
	 * How strongly a sentence states the fact of each of a group's members from other articles: a few of them, enough
	 * to tell, however many articles report it.
	 */
	private static DoubleStream toOtherArticles(Stream<ClaimSentence> members, ClaimSentence sentence,
			SentenceSimilarity similarity) {
		return members
			.filter(m -> !m.articleId().equals(sentence.articleId()))
			.limit(RESTATEMENT_SAMPLE)
			.mapToDouble(m -> similarity.of(m, sentence));
	}

	private static void tryJoin(ClaimSentence sentence, DraftClaim claim) {
		if (!claim.articles().contains(sentence.articleId())) {
			claim.add(sentence);
		}
	}

	/** Union-find over sentences, remembering each group's articles. */
	private static final class Groups {

		private final int[] parent;

		private final Map<Integer, java.util.Set<Long>> articles = new HashMap<>();

		/** Each group's sentences, by its root. */
		private final Map<Integer, List<Integer>> members = new HashMap<>();

		private final List<ClaimSentence> sentences;

		private final SentenceSimilarity similarity;

		Groups(List<ClaimSentence> sentences, SentenceSimilarity similarity) {
			this.sentences = sentences;
			this.similarity = similarity;
			parent = new int[sentences.size()];
			for (int i = 0; i < parent.length; i++) {
				parent[i] = i;
				articles.put(i, new java.util.HashSet<>(List.of(sentences.get(i).articleId())));
				members.put(i, new ArrayList<>(List.of(i)));
			}
		}

		int root(int i) {
			while (parent[i] != i) {
				parent[i] = parent[parent[i]];
				i = parent[i];
			}
			return i;
		}

		/** The positions of a group's sentences. */
		IntStream membersOf(int root) {
			return members.get(root).stream().mapToInt(Integer::intValue);
		}

		/** Whether no link joined this sentence to any other. */
		boolean alone(int i) {
			return members.get(root(i)).size() == 1;
		}

		/**
		 * Whether a weak link may join these sentences: one of them is still alone, and on average over the other
		 * group's members from other articles (a few of them) it states their fact as strongly as the link requires.
		 */
		boolean weakLinkJoins(int a, int b) {
			if (!alone(a) && !alone(b)) {
				return false;
			}
			int lone = alone(a) ? a : b;
			int other = lone == a ? b : a;
			return toOtherArticles(members.get(root(other)).stream().map(sentences::get), sentences.get(lone), similarity)
				.average().orElse(0) >= MUTUAL;
		}

		boolean merge(int a, int b) {
			int ra = root(a);
			int rb = root(b);
			if (ra == rb) {
				return true;
			}
			java.util.Set<Long> left = articles.get(ra);
			java.util.Set<Long> right = articles.get(rb);
			if (left.stream().anyMatch(right::contains)) {
				return false;
			}
			parent[rb] = ra;
			left.addAll(right);
			articles.remove(rb);
			members.get(ra).addAll(members.remove(rb));
			return true;
		}

		Map<Integer, DraftClaim> claims() {
			Map<Integer, DraftClaim> claims = new LinkedHashMap<>();
			for (int i = 0; i < sentences.size(); i++) {
				claims.computeIfAbsent(root(i), r -> new DraftClaim(similarity)).add(sentences.get(i));
			}
			return claims;
		}

	}

}
