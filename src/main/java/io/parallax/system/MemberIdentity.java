package io.parallax.system;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which groups of a new analysis are groups of the previous one, so that they keep their ids and a link to one stays
 * good (claims, quoted statements). Groups are known by their members (for example an article's file and a
 * sentence's text, which survive a re-import of an unchanged or lightly edited article): a new group takes the id of
 * the old group with which it shares the most members, when they share at least half of the larger group's members;
 * then, among the rest, half of the smaller one's. Each old id goes to one new group.
 */
public final class MemberIdentity {

	/**
	 * @param ids the old id each new group (by index) keeps; a new group absent here gets a new id
	 * @param successors for each old id not kept, the new group (by index) that took most of its members, if any
	 */
	public record Matching(Map<Integer, Long> ids, Map<Long, Integer> successors) {
	}

	private record Candidate(int group, Long oldId, int shared) {
	}

	/**
	 * An old group that no new group kept.
	 *
	 * @param successorId the id of the new group that took most of its members, or null when none did
	 */
	public record Retired(Long id, String text, Long successorId) {
	}

	private MemberIdentity() {
	}

	public static <M> Matching match(Map<Long, Set<M>> old, List<Set<M>> fresh) {
		// a member may belong to two groups (a sentence that states two facts, to two claims)
		Map<M, List<Long>> oldByMember = new HashMap<>();
		old.forEach((id, members) -> members.forEach(m -> oldByMember.computeIfAbsent(m, k -> new ArrayList<>()).add(id)));
		List<Candidate> candidates = new ArrayList<>();
		Map<Long, Map<Integer, Integer>> sharedByOld = new HashMap<>();
		for (int i = 0; i < fresh.size(); i++) {
			Map<Long, Integer> shared = new HashMap<>();
			for (M member : fresh.get(i)) {
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
			.thenComparing(Candidate::oldId).thenComparingInt(Candidate::group));
		Map<Integer, Long> ids = new HashMap<>();
		Set<Long> kept = new HashSet<>();
		for (Candidate candidate : candidates) {
			int larger = Math.max(old.get(candidate.oldId()).size(), fresh.get(candidate.group()).size());
			if (candidate.shared() * 2 >= larger && !ids.containsKey(candidate.group())
					&& kept.add(candidate.oldId())) {
				ids.put(candidate.group(), candidate.oldId());
			}
		}
		// then a group that regrouped (lost some members, gained others) keeps its id if no closer group took it
		for (Candidate candidate : candidates) {
			int smaller = Math.min(old.get(candidate.oldId()).size(), fresh.get(candidate.group()).size());
			if (candidate.shared() * 2 >= smaller && !ids.containsKey(candidate.group())
					&& kept.add(candidate.oldId())) {
				ids.put(candidate.group(), candidate.oldId());
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

	/**
	 * The old groups no new one kept, each with what it said and its successor's id.
	 *
	 * @param texts each old group's words, by id
	 * @param newIds the id each new group (by index) was stored under
	 */
	public static List<Retired> retired(Map<Long, String> texts, Matching matching, IntFunction<Long> newIds) {
		Set<Long> kept = new HashSet<>(matching.ids().values());
		List<Retired> retired = new ArrayList<>();
		texts.forEach((oldId, text) -> {
			if (!kept.contains(oldId)) {
				Integer successor = matching.successors().get(oldId);
				retired.add(new Retired(oldId, text, successor == null ? null : newIds.apply(successor)));
			}
		});
		return retired;
	}

	/**
	 * Remembers retired groups in their module's table of them ({@code id, story_id, <text column>, successor_id,
	 * retired_at}), so that their addresses lead on; an id retired earlier points on to whatever its successor
	 * became.
	 *
	 * @param table and {@code textColumn} are the module's own names, never a reader's input
	 */
	public static void remember(JdbcTemplate jdbc, String table, String textColumn, Long storyId,
			List<Retired> retired) {
		jdbc.batchUpdate("update " + table + " set successor_id = ? where successor_id = ?",
				retired.stream().map(r -> new Object[] { r.successorId(), r.id() }).toList());
		jdbc.batchUpdate("insert into " + table + " (id, story_id, " + textColumn + ", successor_id, retired_at) "
				+ "values (?, ?, ?, ?, now()) on conflict (id) do update set successor_id = excluded.successor_id, "
				+ "retired_at = excluded.retired_at",
				retired.stream().map(r -> new Object[] { r.id(), storyId, r.text(), r.successorId() }).toList());
	}

}
