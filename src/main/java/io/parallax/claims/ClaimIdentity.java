package io.parallax.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which claims of a new comparison are claims of the previous one, so that they keep their ids. Claims are known
 * by their members (an article's file and a sentence's text, which survive a re-import of an unchanged or lightly edited
 * article): a new claim takes the id of the old claim with which it shares the most members, when they share at
 * least half of the larger claim's members; then, among the rest, half of the smaller one's. Each old id goes to one
 * new claim.
 */
final class ClaimIdentity {

	/**
	 * One sentence of one article, as a claim member; the article by its file, whose name survives a re-import
	 * that gives a changed article a new id.
	 */
	record Member(String file, String text) {

		private static final char SEPARATOR = '\u001f';

		/** As stored with the claim: the file, a unit separator, the text. */
		String key() {
			return file + SEPARATOR + text;
		}

		static Member parse(String key) {
			int separator = key.indexOf(SEPARATOR);
			return new Member(key.substring(0, separator), key.substring(separator + 1));
		}

	}

	/**
	 * @param ids the old id each new claim (by index) keeps; a new claim absent here gets a new id
	 * @param successors for each old id not kept, the new claim (by index) that took most of its members, if any
	 */
	record Matching(Map<Integer, Long> ids, Map<Long, Integer> successors) {
	}

	private record Candidate(int claim, Long oldId, int shared) {
	}

	private ClaimIdentity() {
	}

	static Matching match(Map<Long, Set<Member>> old, List<Set<Member>> fresh) {
		// a sentence that states two facts is a member of two claims
		Map<Member, List<Long>> oldByMember = new HashMap<>();
		old.forEach((id, members) -> members.forEach(m -> oldByMember.computeIfAbsent(m, k -> new ArrayList<>()).add(id)));
		List<Candidate> candidates = new ArrayList<>();
		Map<Long, Map<Integer, Integer>> sharedByOld = new HashMap<>();
		for (int i = 0; i < fresh.size(); i++) {
			Map<Long, Integer> shared = new HashMap<>();
			for (Member member : fresh.get(i)) {
				for (Long oldId : oldByMember.getOrDefault(member, List.of())) {
					shared.merge(oldId, 1, Integer::sum);
				}
			}
			for (Map.Entry<Long, Integer> entry : shared.entrySet()) {
				candidates.add(new Candidate(i, entry.getKey(), entry.getValue()));
				sharedByOld.computeIfAbsent(entry.getKey(), k -> new HashMap<>()).put(i, entry.getValue());
			}
		}
		candidates.sort(Comparator.comparingInt(Candidate::shared).reversed()
			.thenComparing(Candidate::oldId).thenComparingInt(Candidate::claim));
		Map<Integer, Long> ids = new HashMap<>();
		Set<Long> kept = new java.util.HashSet<>();
		for (Candidate candidate : candidates) {
			int larger = Math.max(old.get(candidate.oldId()).size(), fresh.get(candidate.claim()).size());
			if (candidate.shared() * 2 >= larger && !ids.containsKey(candidate.claim())
					&& kept.add(candidate.oldId())) {
				ids.put(candidate.claim(), candidate.oldId());
			}
		}
		// then a claim that regrouped (lost some articles, gained others) keeps its id if no closer claim took it
		for (Candidate candidate : candidates) {
			int smaller = Math.min(old.get(candidate.oldId()).size(), fresh.get(candidate.claim()).size());
			if (candidate.shared() * 2 >= smaller && !ids.containsKey(candidate.claim())
					&& kept.add(candidate.oldId())) {
				ids.put(candidate.claim(), candidate.oldId());
			}
		}
		Map<Long, Integer> successors = new HashMap<>();
		for (Long oldId : old.keySet()) {
			if (!kept.contains(oldId)) {
				sharedByOld.getOrDefault(oldId, Map.of()).entrySet().stream()
					.max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
					.ifPresent(best -> successors.put(oldId, best.getKey()));
			}
		}
		return new Matching(ids, successors);
	}

}
