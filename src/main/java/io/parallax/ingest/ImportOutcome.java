package io.parallax.ingest;

/**
 * What an import did, in short, for whoever started it.
 */
public record ImportOutcome(Long runId, boolean succeeded, String message) {
}
