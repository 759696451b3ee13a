package io.parallax.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The two simple summarisers a multi-document summary must beat: Lead (the articles' opening sentences, first of
 * each, then second of each…) and LexRank (Erkan and Radev, 2004: sentences ranked by centrality in the graph of
 * their TF-IDF cosine similarities, continuous weights over a 0.1 threshold, damping 0.85, redundant sentences
 * skipped).
 */
final class Baselines {

	private static final double THRESHOLD = 0.1;

	private static final double DAMPING = 0.85;

	private static final double REDUNDANT = 0.5;

	private Baselines() {
	}

	static List<String> lead(List<List<String>> articles) {
		List<String> picked = new ArrayList<>();
		int longest = articles.stream().mapToInt(List::size).max().orElse(0);
		for (int i = 0; i < longest; i++) {
			for (List<String> article : articles) {
				if (i < article.size()) {
					picked.add(article.get(i));
				}
			}
		}
		return picked;
	}

	static List<String> lexRank(List<List<String>> articles) {
		List<String> sentences = articles.stream().flatMap(List::stream).filter(s -> Rouge.words(s).size() >= 5).toList();
		List<Map<String, Double>> vectors = tfIdf(sentences);
		int n = sentences.size();
		double[][] weights = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				double similarity = cosine(vectors.get(i), vectors.get(j));
				weights[i][j] = similarity > THRESHOLD ? similarity : 0;
			}
		}
		double[] rank = centrality(weights);
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			order.add(i);
		}
		order.sort((a, b) -> Double.compare(rank[b], rank[a]));
		List<String> picked = new ArrayList<>();
		List<Integer> pickedIds = new ArrayList<>();
		for (int i : order) {
			if (pickedIds.stream().allMatch(j -> cosine(vectors.get(i), vectors.get(j)) < REDUNDANT)) {
				picked.add(sentences.get(i));
				pickedIds.add(i);
			}
		}
		return picked;
	}

	private static double[] centrality(double[][] weights) {
		int n = weights.length;
		double[] rank = new double[n];
		java.util.Arrays.fill(rank, 1.0 / Math.max(1, n));
		double[] rowSums = new double[n];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < n; j++) {
				rowSums[i] += weights[i][j];
			}
		}
		for (int iteration = 0; iteration < 100; iteration++) {
			double[] next = new double[n];
			for (int j = 0; j < n; j++) {
				double sum = 0;
				for (int i = 0; i < n; i++) {
					sum += rowSums[i] == 0 ? 0 : weights[i][j] / rowSums[i] * rank[i];
				}
				next[j] = (1 - DAMPING) / n + DAMPING * sum;
			}
			rank = next;
		}
		return rank;
	}

	private static List<Map<String, Double>> tfIdf(List<String> sentences) {
		Map<String, Integer> documentFrequency = new HashMap<>();
		List<List<String>> words = sentences.stream().map(Rouge::words).toList();
		words.forEach(w -> new HashSet<>(w).forEach(t -> documentFrequency.merge(t, 1, Integer::sum)));
		List<Map<String, Double>> vectors = new ArrayList<>();
		for (List<String> sentence : words) {
			Map<String, Double> vector = new HashMap<>();
			sentence.forEach(t -> vector.merge(t, 1.0, Double::sum));
			vector.replaceAll((t, tf) -> tf * Math.log((double) sentences.size() / documentFrequency.get(t)));
			vectors.add(vector);
		}
		return vectors;
	}

	static double cosine(Map<String, Double> a, Map<String, Double> b) {
		double dot = 0;
		for (Map.Entry<String, Double> e : a.entrySet()) {
			dot += e.getValue() * b.getOrDefault(e.getKey(), 0.0);
		}
		double norms = Math.sqrt(squares(a.values()) * squares(b.values()));
		return norms == 0 ? 0 : dot / norms;
	}

	private static double squares(java.util.Collection<Double> values) {
		return values.stream().mapToDouble(v -> v * v).sum();
	}

}
