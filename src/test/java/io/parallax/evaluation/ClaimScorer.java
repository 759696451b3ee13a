package io.parallax.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Scores the claim alignment as pairwise precision and recall over pairs of sentences of different articles that
 * state one fact, and the disagreement flags (claims with a firm difference): how many of the reader's firm
 * disagreements sit on a flagged claim or are shown by its differing values (recall), and how many flagged claims
 * hold any disagreement the reader noted (precision).
 */
final class ClaimScorer {

	private ClaimScorer() {
	}

	/**
	 * @param omissions of the omissions on claims that match a reader's fact, how many are right: the omitting
	 * article has no sentence of that fact
	 */
	/**
	 * @param possible of the disagreements a reader called possible (worth checking, not firm), how many a claim
	 * shows as a difference, firm or possible, between their sentences or with their values (recall); and of the
	 * differences worth checking that claims show, how many are on a disagreement a reader listed, of their kind
	 * (precision)
	 * @param wrongChecking the differences worth checking on no disagreement a reader listed
	 */
	record Result(Score pairs, Score flags, List<String> missedFlags, List<String> wrongFlags, Score omissions,
			List<String> wrongOmissions, List<String> wrongPairs, List<String> missedPairs, Score possible,
			List<String> missedPossible, List<String> wrongChecking) {
	}

	static Result score(JsonNode expected, StoryOutput output) {
		Map<Long, String> fileOf = new HashMap<>();
		Map<Long, String> textOf = new HashMap<>();
		output.articles().forEach((file, article) -> article.get("sentences").forEach(s -> {
			fileOf.put(s.get("id").asLong(), file);
			textOf.put(s.get("id").asLong(), s.get("text").asString());
		}));
		Set<Set<Long>> wanted = new HashSet<>();
		List<List<Long>> facts = new ArrayList<>();
		List<Set<String>> factFiles = new ArrayList<>();
		for (JsonNode fact : expected.path("facts")) {
			List<Long> ids = new ArrayList<>();
			Set<String> files = new HashSet<>();
			fact.get("members").forEach(m -> {
				files.add(m.get(0).asString());
				Long id = output.sentenceId(m.get(0).asString(), m.get(1).asString());
				if (id != null) {
					ids.add(id);
				}
			});
			addPairs(ids, fileOf, wanted);
			facts.add(ids);
			factFiles.add(files);
		}
		Set<Set<Long>> got = new HashSet<>();
		for (JsonNode claim : output.claims()) {
			addPairs(memberIds(claim), fileOf, got);
		}
		int right = (int) got.stream().filter(wanted::contains).count();
		Score pairs = new Score(got.size(), right, wanted.size(), right, 0, 0);
		Result flags = flags(expected, output, pairs, fileOf);
		List<String> wrongOmissions = new ArrayList<>();
		Score omissions = omissions(output, facts, factFiles, wrongOmissions);
		return new Result(flags.pairs(), flags.flags(), flags.missedFlags(), flags.wrongFlags(), omissions,
				wrongOmissions, described(got, wanted, textOf), described(wanted, got, textOf), flags.possible(),
				flags.missedPossible(), flags.wrongChecking());
	}

	/** The pairs of one set not in the other, by the openings of their sentences, for the details file. */
	private static List<String> described(Set<Set<Long>> pairs, Set<Set<Long>> other, Map<Long, String> textOf) {
		return pairs.stream().filter(p -> !other.contains(p))
			.map(p -> p.stream().map(id -> opening(textOf.get(id))).sorted().toList().toString())
			.sorted()
			.toList();
	}

	private static String opening(String text) {
		return text.length() <= 90 ? text : text.substring(0, 90) + "…";
	}

	/** Each omission on a claim that shares a sentence with a reader's fact is wrong if that fact is in the article. */
	private static Score omissions(StoryOutput output, List<List<Long>> facts, List<Set<String>> factFiles,
			List<String> wrong) {
		int checked = 0;
		int right = 0;
		for (JsonNode claim : output.claims()) {
			List<Long> members = memberIds(claim);
			Map<String, String> fileOfArticle = new HashMap<>();
			output.articles().forEach((file, article) -> fileOfArticle.put(article.get("id").asString(), file));
			for (int f = 0; f < facts.size(); f++) {
				if (facts.get(f).stream().noneMatch(members::contains)) {
					continue;
				}
				for (JsonNode omitting : claim.get("omittedBy")) {
					checked++;
					String file = fileOfArticle.get(omitting.asString());
					if (factFiles.get(f).contains(file)) {
						wrong.add(file + " does report: " + claim.get("statement").asString());
					}
					else {
						right++;
					}
				}
				break;
			}
		}
		return new Score(checked, right, 0, 0, 0, 0);
	}

	private static Result flags(JsonNode expected, StoryOutput output, Score pairs, Map<Long, String> fileOf) {
		List<JsonNode> flagged = new ArrayList<>();
		List<JsonNode> differing = new ArrayList<>();
		output.claims().forEach(c -> {
			// a flag is a firm difference; one worth checking (how sure, a vague time ahead) is not
			if (c.get("differences").valueStream().anyMatch(d -> d.path("firm").asBoolean())) {
				flagged.add(c);
			}
			if (!c.get("differences").isEmpty()) {
				differing.add(c);
			}
		});
		List<Map<String, List<Long>>> disagreements = new ArrayList<>();
		List<JsonNode> stated = new ArrayList<>();
		expected.path("disagreements").forEach(d -> {
			disagreements.add(candidates(d, output, fileOf));
			stated.add(d);
		});
		List<String> missed = new ArrayList<>();
		List<String> missedPossible = new ArrayList<>();
		int recalled = 0;
		int firm = 0;
		int possible = 0;
		int shown = 0;
		for (int i = 0; i < disagreements.size(); i++) {
			// recall counts the disagreements a reader called firm; one worth checking need not be flagged, but
			// should be shown as a difference of some kind
			boolean firmOne = stated.get(i).path("firm").asBoolean(true);
			boolean found = shown(firmOne ? flagged : differing, disagreements.get(i), stated.get(i), firmOne);
			if (firmOne) {
				firm++;
				recalled += found ? 1 : 0;
			}
			else {
				possible++;
				shown += found ? 1 : 0;
			}
			if (!found) {
				(firmOne ? missed : missedPossible).add(expected.path("disagreements").get(i).toString());
			}
		}
		List<String> wrong = new ArrayList<>();
		int rightFlags = 0;
		for (JsonNode claim : flagged) {
			if (java.util.stream.IntStream.range(0, disagreements.size())
				.anyMatch(i -> holds(claim, disagreements.get(i)) || showsValues(claim, stated.get(i), true))) {
				rightFlags++;
			}
			else {
				wrong.add(claim.get("statement").asString() + " " + claim.get("differences"));
			}
		}
		Score flags = new Score(flagged.size(), rightFlags, firm, recalled, 0, 0);
		List<String> wrongChecking = new ArrayList<>();
		int checking = 0;
		int rightChecking = 0;
		for (JsonNode claim : differing) {
			for (JsonNode difference : claim.get("differences")) {
				if (difference.path("firm").asBoolean()) {
					continue;
				}
				checking++;
				String kind = difference.path("kind").asString();
				boolean onOne = java.util.stream.IntStream.range(0, disagreements.size())
					.anyMatch(i -> kind.equals(stated.get(i).path("slot").asString(kind))
							&& (holds(claim, disagreements.get(i)) || showsValues(claim, stated.get(i), false)));
				if (onOne) {
					rightChecking++;
				}
				else {
					wrongChecking.add(kind + " " + difference.get("values") + " on: " + claim.get("statement").asString());
				}
			}
		}
		return new Result(pairs, flags, missed, wrong, Score.NONE, List.of(), List.of(), List.of(),
				new Score(checking, rightChecking, possible, shown, 0, 0), missedPossible, wrongChecking);
	}

	/** Whether one of these claims holds the disagreement or shows its values (as a flag, or any difference). */
	private static boolean shown(List<JsonNode> claims, Map<String, List<Long>> disagreement, JsonNode stated,
			boolean firmOnly) {
		return claims.stream().filter(c -> differsOn(c, stated.path("slot").asString(""), firmOnly))
			.anyMatch(c -> holds(c, disagreement) || showsValues(c, stated, firmOnly));
	}

	/**
	 * Whether a claim shows a difference of the slot the reader named (a number, a date, a quote's wording…): a
	 * claim that holds the reader's sentences but differs on something else has not found that disagreement.
	 */
	private static boolean differsOn(JsonNode claim, String slot, boolean firmOnly) {
		return claim.get("differences").valueStream()
			.anyMatch(d -> (slot.isEmpty() || slot.equals(d.path("kind").asString()))
					&& (!firmOnly || d.path("firm").asBoolean()));
	}

	/** The sentences, file by file, that state a disagreement's values (or that the reader named). */
	private static Map<String, List<Long>> candidates(JsonNode disagreement, StoryOutput output,
			Map<Long, String> fileOf) {
		Map<String, List<Long>> byFile = new HashMap<>();
		if (disagreement.has("members")) {
			disagreement.get("members").forEach(m -> {
				Long id = output.sentenceId(m.get(0).asString(), m.get(1).asString());
				if (id != null) {
					byFile.computeIfAbsent(fileOf.get(id), f -> new ArrayList<>()).add(id);
				}
			});
		}
		else {
			for (var value : disagreement.get("values").properties()) {
				List<Long> ids = output.sentencesContaining(value.getKey(), value.getValue().asString());
				if (!ids.isEmpty()) {
					byFile.put(value.getKey(), ids);
				}
			}
		}
		return byFile;
	}

	/** A flagged claim holds a disagreement when it aligns its sentences from (up to) two of its files. */
	private static boolean holds(JsonNode claim, Map<String, List<Long>> disagreement) {
		if (disagreement.isEmpty()) {
			return false;
		}
		List<Long> members = memberIds(claim);
		long files = disagreement.values().stream().filter(ids -> ids.stream().anyMatch(members::contains)).count();
		return files >= Math.min(2, disagreement.size());
	}

	/**
	 * A flag also holds a disagreement when its differing values show the reader's values of two of its files
	 * (a quote that runs over several sentences is flagged on the claim of its first sentence).
	 *
	 * @param firmOnly whether only firm differences count (a flag) or possible ones too
	 */
	private static boolean showsValues(JsonNode claim, JsonNode disagreement, boolean firmOnly) {
		if (!disagreement.has("values")) {
			return false;
		}
		Map<String, String> fileOfArticle = new HashMap<>();
		claim.get("mentions").forEach(m -> fileOfArticle.put(m.get("articleId").asString(), m.get("sourceFile").asString()));
		Set<String> files = new java.util.HashSet<>();
		claim.get("differences").forEach(d -> {
			if (!firmOnly || d.path("firm").asBoolean()) {
				for (var value : d.get("values").properties()) {
					String file = fileOfArticle.get(value.getKey());
					String wanted = disagreement.get("values").path(file == null ? "" : file).asString("");
					if (!wanted.isEmpty() && Names.norm(value.getValue().asString()).contains(Names.norm(wanted))) {
						files.add(file);
					}
				}
			}
		});
		return files.size() >= 2;
	}

	private static List<Long> memberIds(JsonNode claim) {
		List<Long> ids = new ArrayList<>();
		claim.get("mentions").forEach(m -> ids.add(m.get("sentenceId").asLong()));
		return ids;
	}

	private static void addPairs(List<Long> ids, Map<Long, String> fileOf, Set<Set<Long>> pairs) {
		for (int i = 0; i < ids.size(); i++) {
			for (int j = i + 1; j < ids.size(); j++) {
				if (!fileOf.get(ids.get(i)).equals(fileOf.get(ids.get(j)))) {
					pairs.add(Set.of(ids.get(i), ids.get(j)));
				}
			}
		}
	}

}
