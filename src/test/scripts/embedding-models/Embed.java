import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;

/** Embeds the sentences of sentences.tsv with one model; writes vec-MODEL.tsv (sentence id, then the vector). */
public class Embed {

	public static void main(String[] args) throws Exception {
		Path work = Path.of(args[0]);
		String name = args[1];
		EmbeddingModel model = switch (name) {
			case "minilm" -> new dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel();
			case "bge" -> new dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel();
			case "e5" -> new dev.langchain4j.model.embedding.onnx.e5smallv2q.E5SmallV2QuantizedEmbeddingModel();
			default -> throw new IllegalArgumentException(name);
		};
		// e5 is trained with a prefix; "query: " is its authors' advice for symmetric comparisons
		String prefix = name.equals("e5") ? "query: " : "";
		List<String> lines = Files.readAllLines(work.resolve("sentences.tsv"));
		List<TextSegment> sentences = lines.stream().map(l -> TextSegment.from(prefix + l.split("\t")[4])).toList();
		long started = System.nanoTime();
		List<float[]> vectors = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i += 32) {
			model.embedAll(sentences.subList(i, Math.min(sentences.size(), i + 32))).content()
				.forEach(e -> vectors.add(e.vector()));
		}
		System.out.printf("%s: %d sentences in %.1f s%n", name, sentences.size(), (System.nanoTime() - started) / 1e9);
		try (PrintWriter out = new PrintWriter(work.resolve("vec-" + name + ".tsv").toFile())) {
			for (int i = 0; i < lines.size(); i++) {
				StringBuilder line = new StringBuilder(lines.get(i).split("\t")[2]);
				for (float f : vectors.get(i)) {
					line.append('\t').append(f);
				}
				out.println(line);
			}
		}
	}

}
