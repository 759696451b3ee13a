package io.parallax.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.parallax.stories.ArticleText.SentenceText;

/**
 * The state a lawmaker is from, as American news abbreviates it after the name: "Rep. Gwen Moore (Wis.)", "Sen.
 * Patrick Leahy (D-Vt.)", "Blake Farenthold, R-Texas,". The abbreviations are the AP stylebook's and the postal
 * codes, a fixed list of the fifty states; each stands for its state, so "Calif." and "California" are one place.
 * The named-entity model misses most of them, and reads others ("Calif.") as a name of their own.
 */
final class StateAbbreviations {

	/** The AP stylebook's abbreviations and the names it writes out, by what they stand for. */
	private static final Map<String, String> WRITTEN = states(0);

	/** The postal codes ("CT", "TX"), read only after a party's initial ("D-CT"): alone, most are other words. */
	private static final Map<String, String> POSTAL = states(1);

	/**
	 * A state set off by a bracket or commas after a name, a party's initial before it: "(D-N.J.)", "(Wis.)",
	 * ", R-Texas,", "(R-TX)".
	 */
	private static final Pattern AFTER_NAME = Pattern.compile("(?<=\\(|,\\s)(?:(?:[DRI]-)?(" + alternation(WRITTEN)
			+ ")|[DRI]-(" + alternation(POSTAL) + "))(?=[),])");

	private StateAbbreviations() {
	}

	/**
	 * The sentence's names with its states added: a name the model found on an abbreviation is renamed to its
	 * state, and an abbreviation the model missed becomes a place of its own.
	 */
	static List<NameMention> addedTo(Long articleId, SentenceText sentence, List<NameMention> names) {
		List<NameMention> all = new ArrayList<>(names);
		Matcher state = AFTER_NAME.matcher(sentence.text());
		while (state.find()) {
			int group = state.group(1) != null ? 1 : 2;
			int start = state.start(group);
			int end = state.end(group);
			String name = (group == 1 ? WRITTEN : POSTAL).get(state.group(group));
			all.removeIf(m -> m.start() < end && start < m.end() && m.end() - m.start() <= end - start);
			if (all.stream().noneMatch(m -> m.start() < end && start < m.end())) {
				all.add(new NameMention(articleId, sentence.id(), start, end, name, null, EntityKind.PLACE, false,
						false, true, false));
			}
		}
		all.sort(Comparator.comparingInt(NameMention::start));
		return all;
	}

	private static String alternation(Map<String, String> forms) {
		return forms.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote).collect(Collectors.joining("|"));
	}

	/**
	 * @param column 0 for the AP abbreviation (and the name, for the states AP writes out), 1 for the postal code
	 */
	private static Map<String, String> states(int column) {
		String[] rows = { "Ala.|AL|Alabama", "|AK|Alaska", "Ariz.|AZ|Arizona", "Ark.|AR|Arkansas",
				"Calif.|CA|California", "Colo.|CO|Colorado", "Conn.|CT|Connecticut", "Del.|DE|Delaware",
				"Fla.|FL|Florida", "Ga.|GA|Georgia", "|HI|Hawaii", "|ID|Idaho", "Ill.|IL|Illinois", "Ind.|IN|Indiana",
				"|IA|Iowa", "Kan.|KS|Kansas", "Ky.|KY|Kentucky", "La.|LA|Louisiana", "|ME|Maine", "Md.|MD|Maryland",
				"Mass.|MA|Massachusetts", "Mich.|MI|Michigan", "Minn.|MN|Minnesota", "Miss.|MS|Mississippi",
				"Mo.|MO|Missouri", "Mont.|MT|Montana", "Neb.|NE|Nebraska", "Nev.|NV|Nevada", "N.H.|NH|New Hampshire",
				"N.J.|NJ|New Jersey", "N.M.|NM|New Mexico", "N.Y.|NY|New York", "N.C.|NC|North Carolina",
				"N.D.|ND|North Dakota", "|OH|Ohio", "Okla.|OK|Oklahoma", "Ore.|OR|Oregon", "Pa.|PA|Pennsylvania",
				"R.I.|RI|Rhode Island", "S.C.|SC|South Carolina", "S.D.|SD|South Dakota", "Tenn.|TN|Tennessee",
				"|TX|Texas", "|UT|Utah", "Vt.|VT|Vermont", "Va.|VA|Virginia", "Wash.|WA|Washington",
				"W.Va.|WV|West Virginia", "Wis.|WI|Wisconsin", "Wyo.|WY|Wyoming" };
		Map<String, String> states = new java.util.HashMap<>();
		for (String row : rows) {
			String[] columns = row.split("\\|");
			String name = columns[2];
			if (column == 1) {
				states.put(columns[1], name);
				continue;
			}
			if (!columns[0].isEmpty()) {
				states.put(columns[0], name);
			}
			states.put(name, name);
		}
		return Map.copyOf(states);
	}

}
