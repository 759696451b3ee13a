package io.parallax.claims;

import java.util.Map;

/**
 * Where the articles of one claim disagree, and what each of them says.
 *
 * @param kind NUMBER, DATE, PLACE, WORDING, SPEAKER or CERTAINTY (a step one article puts ahead, another reports taken)
 * @param values each article's value, by article id
 * @param firm whether the articles give conflicting values for the same slot of the fact (a flag a journalist can
 * act on), rather than a difference worth checking (a step ahead or taken, or a vague time ahead)
 */
record ClaimDifference(String kind, Map<Long, String> values, boolean firm) {
}
