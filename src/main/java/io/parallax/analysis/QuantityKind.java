package io.parallax.analysis;

/**
 * What a number in the text measures.
 */
public enum QuantityKind {

	MONEY, PERCENT, COUNT, DURATION, DATE

}
