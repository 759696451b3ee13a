package io.parallax.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A number or date in a sentence.
 *
 * @param value the number, scaled ("$200m" is 200000000); null for a date
 * @param unit the currency (ISO code), the counted noun, the time unit, or for a date its precision (day, month,
 *     year)
 * @param resolvedDate a date resolved against the article's publication date, when it has one and the text
 *     allows ("on Wednesday", "last month"); else null, and the text is kept as written
 */
record FoundQuantity(Long articleId, Long sentenceId, QuantityKind kind, String text, BigDecimal value, String unit,
		LocalDate resolvedDate, int start, int end) {
}
