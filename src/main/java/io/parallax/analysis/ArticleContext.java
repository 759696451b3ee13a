package io.parallax.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;

/**
 * One article as the finders see it: paragraphs rebuilt from their sentences, the names in each sentence, and
 * who each sentence is about (its subject), for resolving "he" and "the official".
 */
final class ArticleContext {

	private final ArticleText article;

	private final Map<Long, List<NameMention>> mentionsBySentence = new LinkedHashMap<>();

	private final Map<Integer, List<SentenceText>> paragraphs = new LinkedHashMap<>();

	ArticleContext(ArticleText article, List<NameMention> mentions) {
		this.article = article;
		article.sentences().forEach(s -> paragraphs.computeIfAbsent(s.paragraph(), p -> new ArrayList<>()).add(s));
		article.sentences().forEach(s -> mentionsBySentence.put(s.id(), new ArrayList<>()));
		mentions.forEach(m -> mentionsBySentence.get(m.sentenceId()).add(m));
	}

	ArticleText article() {
		return article;
	}

	Map<Integer, List<SentenceText>> paragraphs() {
		return paragraphs;
	}

	static String paragraphText(List<SentenceText> sentences) {
		StringBuilder text = new StringBuilder();
		for (SentenceText sentence : sentences) {
			while (text.length() < sentence.start()) {
				text.append(' ');
			}
			text.append(sentence.text());
		}
		return text.toString();
	}

	List<NameMention> mentionsIn(SentenceText sentence) {
		return mentionsBySentence.get(sentence.id());
	}

	/**
	 * The sentence's subject: its first name once any opening phrase ("At a White House briefing on Wednesday,")
	 * is passed; a person named in the role of an organisation ("Kremlin aide Yuri Ushakov") is the person.
	 */
	NameMention subjectOf(SentenceText sentence) {
		List<QuoteSpan> quotes = QuoteMarks.find(sentence.text());
		// Names inside a quote belong to the quoted words, never to the one who speaks them.
		List<NameMention> mentions = mentionsIn(sentence).stream()
			.filter(m -> quotes.stream().noneMatch(q -> q.start() <= m.start() && m.start() < q.end()))
			.toList();
		int from = Clauses.mainClauseStart(sentence.text());
		for (int i = 0; i < mentions.size(); i++) {
			NameMention mention = mentions.get(i);
			if (mention.start() < from) {
				continue;
			}
			boolean possessive = sentence.text().startsWith("’s", mention.end())
					|| sentence.text().startsWith("'s", mention.end());
			if (i + 1 < mentions.size() && (mention.kind() != EntityKind.PERSON || possessive)
					&& mentions.get(i + 1).kind() == EntityKind.PERSON
					&& Clauses.onlyRoleWordsBetween(sentence.text(), mention.end(), mentions.get(i + 1).start())) {
				return mentions.get(i + 1);
			}
			return mention;
		}
		return mentions.isEmpty() ? null : mentions.get(0);
	}

	private static boolean couldSpeak(NameMention mention) {
		return mention != null && !mention.placeHint()
				&& (mention.kind() == EntityKind.PERSON || mention.kind() == EntityKind.UNKNOWN);
	}

	/** The kind the article's mentions give a name key; a surname of a named person is a person. */
	EntityKind kindOf(String key) {
		return mentionsBySentence.values()
			.stream()
			.flatMap(List::stream)
			.filter(m -> m.key().equals(key) || m.roleOnly() && Lexicon.key(m.role()).equals(key))
			.map(NameMention::kind)
			.filter(k -> k != EntityKind.UNKNOWN)
			.findFirst()
			.orElse(EntityKind.UNKNOWN);
	}

	/** The person a pronoun or "the official" in this sentence most likely stands for. */
	NameMention personBefore(SentenceText sentence, int offset) {
		NameMention own = subjectOf(sentence);
		if (couldSpeak(own) && own.end() <= offset) {
			return own;
		}
		List<SentenceText> sentences = article.sentences();
		for (int i = sentences.indexOf(sentence) - 1; i >= 0; i--) {
			NameMention subject = subjectOf(sentences.get(i));
			if (couldSpeak(subject)) {
				return subject;
			}
		}
		return null;
	}

}
