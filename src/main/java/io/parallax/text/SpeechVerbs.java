package io.parallax.text;

/**
 * The verbs English news uses to attribute words or information to someone, as regular-expression alternations:
 * the one list the sentence splitter (which keeps "…?” he asked." whole), the clause splitter, the quote finder and
 * the source finder share. Reporting verbs cite a source for information; the rest introduce someone's words
 * without making them a source of facts ("asked", "urged", "joked").
 */
public final class SpeechVerbs {

	/**
	 * The plainest finite verbs that cite a source, those that close a sentence with who said it (", officials
	 * said.") and never with a fact of their own, as ", a charge he denies." does.
	 */
	public static final String PLAIN_REPORTING = "said|says|told|tells|wrote|writes|stated|added|adds|noted|reported";

	/**
	 * Before a word that is a noun as often as a verb ("claims", "reports", "notes", "states"), what makes it the
	 * noun: "disputed Republican claims that", "the reports", "the United States".
	 */
	private static final String NOUN_BEFORE = "(?<!\\b(?:the|a|an|his|her|their|its|our|these|those|such|false|new|"
			+ "United|Republican|Democratic|GOP)\\s)";

	/** Finite verbs that cite a source: "said", "told", "confirmed", "reported". */
	public static final String REPORTING = PLAIN_REPORTING + "|" + NOUN_BEFORE + "(?:states|notes|claims|reports)"
			+ "|warned|warns|explained|explains|insisted|insists|claimed|declared|declares|announced|announces"
			+ "|confirmed|confirms|described|describes|admitted|admits|argued|argues|suggested|suggest|suggests"
			+ "|indicated|stressed|emphasised|emphasized|reiterated|hinted|acknowledged|acknowledges|denied|denies"
			+ "|revealed|cautioned|predicted|estimated|conceded|concedes|recalled|recounted|recounts"
			+ "|tweeted|tweets|posted|alleged|alleges|contended|contends|testified|testifies"
			// the plural present: "investigators and bomb experts say", "Administration officials warn that"; not the
			// forms that are also nouns ("claim", "note", "report"), nor an infinitive or a negation ("declined to
			// confirm", "did not deny", "would not say")
			+ "|(?<!\\bto |\\bnot |n't |n’t |\\bwould |\\bcould |\\bwill |\\bdid |\\bdoes |\\bdo |\\bmay |\\bmight |\\bcan "
			+ "|\\bshould |\\bmust |\\bcannot )(?:say|warn|insist|argue|contend|allege|acknowledge|deny|confirm|predict)"
			// only the past: "the statement said Grimm “asserts his innocence”" reports what he holds, not his words
			+ "|asserted|countered|affirmed";

	/** Finite verbs of speech, reporting or not: the reporting ones and "asked", "urged", "replied", "joked"… */
	public static final String FINITE = REPORTING + "|asked|asks|called|calls|urged|urges|replied|replies"
			+ "|responded|responds|continued|continues|promised|pledged|vowed|termed|quoted|remarked|commented"
			+ "|complained|complains|boasted|joked|quipped|shot back|fired back|went on|read|reads";

	/** Present participles that cite a source: "saying", "telling", "noting". */
	public static final String REPORTING_PARTICIPLES = "saying|telling|writing|stating|describing|adding|noting"
			+ "|warning|arguing|insisting|claiming|declaring|explaining|stressing|posting|tweeting|announcing"
			+ "|confirming|suggesting|indicating|admitting|alleging|contending|predicting";

	/** Present participles of speech: the reporting ones and "calling", "urging", "promising that…"… */
	public static final String PARTICIPLES = REPORTING_PARTICIPLES + "|calling|labeling|labelling|dubbing|urging|citing"
			+ "|quoting|promising|vowing"
			+ "|pledging|accusing|complaining|responding|replying|asking|boasting";

	private SpeechVerbs() {
	}

}
