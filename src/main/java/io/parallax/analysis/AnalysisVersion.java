package io.parallax.analysis;

/**
 * The version of what the analysis finds in an article and how a story's articles are compared. Each article's
 * analysis is stored with the version that made it, and one made by an older version is redone at start-up and by
 * any import of its story, though its file is unchanged: a deployment that reads articles better shows it on the
 * stories it already holds.
 */
public final class AnalysisVersion {

	/**
	 * Raise it with any change to what the analysis finds or to how claims are compared, so that stored stories are
	 * analysed again. 1: stop 31 (quote wording, dates at two precisions, periods, certainty in the claim's clause,
	 * speakers never inside a quotation). 2: stop 32 (a step reported ahead against taken, a day that names an
	 * event, no hedge-word certainty, weekdays only between articles of one day, speakers a slip apart or named in a
	 * spokesman's role, key facts, an acronym joined to the name it abbreviates). 3: stop 33 (titles and names in
	 * quotation marks are no quotes, "will have" looks ahead, a role's holder or an owner's attorney speaks, claims,
	 * timeline entries and summary lines without the dateline).
	 */
	public static final int CURRENT = 3;

	private AnalysisVersion() {
	}

}
