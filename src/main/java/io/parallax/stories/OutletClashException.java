package io.parallax.stories;

/**
 * An outlet's name, alias or home page that already stands for another registered outlet: an article would then
 * match whichever was read last.
 */
public class OutletClashException extends RuntimeException {

	OutletClashException(String message) {
		super(message);
	}

}
