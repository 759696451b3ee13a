package io.parallax.analysis;

/**
 * What analysing a story cost.
 *
 * @param sentences how many sentences of new or changed articles were analysed
 * @param articleMillis time spent on the articles one by one
 * @param storyMillis time spent on the story as a whole (entities, quote groups, links)
 */
public record AnalysisTimings(int sentences, long articleMillis, long storyMillis) {
}
