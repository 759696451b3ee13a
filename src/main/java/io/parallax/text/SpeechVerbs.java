package io.parallax.text;

/**
 * The verbs English news uses to attribute words or information to someone, as regular-expression alternations:
 * the one list the sentence splitter (which keeps "…?” he asked." whole) and the quote and source finders share.
 */
public final class SpeechVerbs {

	/** Finite forms: "said", "asks", "wrote", "alleges" (a lawsuit alleges too). */
	public static final String FINITE = "said|says|say|told|tells|wrote|writes|stated|states|added|adds|noted|notes"
			+ "|warned|warns|explained|explains|insisted|insists|claimed|claims|declared|declares|asked|asks|tweeted"
			+ "|tweets|posted|announced|announces|confirmed|confirms|described|describes|called|calls|urged|urges"
			+ "|admitted|admits|argued|argues|replied|replies|responded|responds|continued|continues|suggested"
			+ "|suggest|suggests|indicated|stressed|emphasised|emphasized|reiterated|hinted|acknowledged"
			+ "|acknowledges|denied|denies|promised|pledged|vowed|revealed|reported|reports|termed|quoted"
			+ "|cautioned|predicted|estimated|conceded|concedes|recalled|remarked|commented|alleged|alleges"
			+ "|contended|contends|complained|complains|testified|testifies|boasted|joked|quipped|shot back"
			+ "|fired back|went on|read|reads";

	/** Present participles: "saying", "telling", "promising that…". */
	public static final String PARTICIPLES = "saying|telling|writing|stating|calling|describing|adding|noting"
			+ "|warning|arguing|insisting|claiming|declaring|explaining|stressing|urging|posting|tweeting"
			+ "|announcing|confirming|suggesting|indicating|admitting|citing|quoting|promising|vowing|pledging"
			+ "|accusing|complaining|responding|replying|asking|alleging|contending|predicting|boasting";

	private SpeechVerbs() {
	}

}
