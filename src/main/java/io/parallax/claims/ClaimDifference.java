package io.parallax.claims;

import java.util.Map;

/**
 * Where the articles of one claim disagree, and what each of them says.
 *
 * @param kind NUMBER, DATE, WORDING, SPEAKER or CERTAINTY
 * @param values each article's value, by article id
 */
record ClaimDifference(String kind, Map<Long, String> values) {
}
