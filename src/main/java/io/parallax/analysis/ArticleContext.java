package io.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;

/**
 * One article as the finders see it: paragraphs rebuilt from their sentences, the names in each sentence, who
 * each sentence is about (its subject), where its quotes are, and who has spoken so far — for resolving "he",
 * "she" and "the official" to the person meant.
 */
final class ArticleContext {

	private static final int PRONOUN_REACH = 8;

	private final ArticleText article;

	private final Map<Long, List<NameMention>> mentionsBySentence = new LinkedHashMap<>();

	private final Map<Integer, List<SentenceText>> paragraphs = new LinkedHashMap<>();

	private final Map<Integer, List<QuoteSpan>> quotesByParagraph = new HashMap<>();

	private final Map<Long, List<SpokenAt>> speakersBySentence = new HashMap<>();

	private final Map<String, Gender> genders = new HashMap<>();

	/** A speaker the quote finder has already given a quote to, and where the quote starts in its sentence. */
	private record SpokenAt(int offset, Speaker speaker, Gender gender) {
	}

	ArticleContext(ArticleText article, List<NameMention> mentions) {
		this.article = article;
		article.sentences().forEach(s -> paragraphs.computeIfAbsent(s.paragraph(), p -> new ArrayList<>()).add(s));
		article.sentences().forEach(s -> mentionsBySentence.put(s.id(), new ArrayList<>()));
		mentions.forEach(m -> mentionsBySentence.get(m.sentenceId()).add(m));
		paragraphs.forEach((p, sentences) -> quotesByParagraph.put(p, QuoteMarks.find(paragraphText(sentences))));
		mentions.forEach(this::learnGender);
	}

	private void learnGender(NameMention mention) {
		Gender gender = Gender.ofRole(mention.role());
		if (gender != Gender.UNKNOWN && !mention.roleOnly()) {
			genders.putIfAbsent(mention.key(), gender);
			genders.putIfAbsent(lastWord(mention.key()), gender);
		}
	}

	Gender genderOf(String key) {
		Gender gender = genders.get(key);
		return gender != null ? gender : genders.getOrDefault(lastWord(key), Gender.UNKNOWN);
	}

	private static String lastWord(String key) {
		return key.substring(key.lastIndexOf(' ') + 1);
	}

	/** Tells later pronouns that this speaker spoke here. */
	void spoke(SentenceText sentence, int offset, Speaker speaker) {
		if (speaker.named()) {
			speakersBySentence.computeIfAbsent(sentence.id(), k -> new ArrayList<>())
				.add(new SpokenAt(offset, speaker, genderOf(speaker.key())));
		}
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

	/** Whether a name sits inside quotation marks, even ones opened in an earlier sentence of its paragraph. */
	boolean isQuoted(SentenceText sentence, NameMention mention) {
		int at = sentence.start() + mention.start();
		return quotesByParagraph.getOrDefault(sentence.paragraph(), List.of())
			.stream()
			.anyMatch(q -> q.start() <= at && at < q.end());
	}

	/**
	 * The sentence's subject: its first name once any opening phrase ("At a White House briefing on Wednesday,")
	 * is passed; a person named in the role of an organisation ("Kremlin aide Yuri Ushakov") is the person. Names
	 * inside a quote belong to the quoted words, never to the one who speaks them.
	 */
	NameMention subjectOf(SentenceText sentence) {
		List<NameMention> mentions = mentionsIn(sentence).stream().filter(m -> !isQuoted(sentence, m)).toList();
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

	private boolean couldSpeak(NameMention mention, Gender pronoun) {
		return mention != null && !mention.placeHint()
				&& (mention.kind() == EntityKind.PERSON || mention.kind() == EntityKind.UNKNOWN)
				&& genderOf(mention.key()).agreesWith(pronoun);
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

	/**
	 * The person a pronoun or "the official" at an offset stands for: going back sentence by sentence, the later of
	 * the sentence's subject and the last speaker quoted in it, of the pronoun's gender where the text tells it.
	 */
	Speaker personBefore(SentenceText sentence, int offset, String pronoun, String cue) {
		Gender gender = Gender.ofPronoun(pronoun == null ? "" : pronoun);
		List<SentenceText> sentences = article.sentences();
		int index = sentences.indexOf(sentence);
		for (int i = index; i >= 0 && index - i <= PRONOUN_REACH; i--) {
			SentenceText candidate = sentences.get(i);
			int limit = i == index ? offset : Integer.MAX_VALUE;
			NameMention subject = subjectOf(candidate);
			boolean subjectFits = couldSpeak(subject, gender) && subject.end() <= limit;
			SpokenAt spoken = lastSpeaker(candidate, limit, gender);
			if (spoken != null && (!subjectFits || spoken.offset() > subject.start())) {
				return new Speaker(spoken.speaker().text(), spoken.speaker().key(), true, cue);
			}
			if (subjectFits) {
				return Speaker.of(subject, cue);
			}
		}
		return null;
	}

	/** The organisation "the agency" or "the group" stands for: the last one named, going back sentence by sentence. */
	Speaker organisationBefore(SentenceText sentence, int offset, String cue) {
		List<SentenceText> sentences = article.sentences();
		int index = sentences.indexOf(sentence);
		for (int i = index; i >= 0 && index - i <= PRONOUN_REACH; i--) {
			SentenceText candidate = sentences.get(i);
			int limit = i == index ? offset : Integer.MAX_VALUE;
			List<NameMention> organisations = mentionsIn(candidate).stream()
				.filter(m -> m.kind() == EntityKind.ORGANISATION && m.end() <= limit && !isQuoted(candidate, m))
				.toList();
			if (!organisations.isEmpty()) {
				return Speaker.of(organisations.get(organisations.size() - 1), cue);
			}
		}
		return null;
	}

	private SpokenAt lastSpeaker(SentenceText sentence, int before, Gender gender) {
		SpokenAt last = null;
		for (SpokenAt spoken : speakersBySentence.getOrDefault(sentence.id(), List.of())) {
			if (spoken.offset() < before && spoken.gender().agreesWith(gender)) {
				last = spoken;
			}
		}
		return last;
	}

}
