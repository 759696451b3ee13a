package io.parallax.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;

/**
 * One article as the finders see it: paragraphs rebuilt from their sentences, the names in each sentence, who
 * each sentence is about (its subject), where its quotes are, and who has spoken so far — for resolving "he",
 * "she" and "the official" to the person meant.
 */
final class ArticleContext {

	private static final Pattern ROLE_WORDS = Pattern.compile("[^\\p{L}.’']+");

	private static final int PRONOUN_REACH = 8;

	private static final Pattern DEFINITE = Pattern.compile("(?i)the\\s+(\\p{L}[\\p{L}-]*(?:\\s+\\p{L}[\\p{L}-]*){0,3})");

	private final ArticleText article;

	private final Map<Long, List<NameMention>> mentionsBySentence = new LinkedHashMap<>();

	private final Map<Integer, List<SentenceText>> paragraphs = new LinkedHashMap<>();

	private final Map<Integer, List<QuoteSpan>> quotesByParagraph = new HashMap<>();

	private final Map<Long, List<SpokenAt>> speakersBySentence = new HashMap<>();

	private final Map<String, Gender> genders = new HashMap<>();

	/**
	 * Genders learnt from full names, by surname: "President Trump" is a man, but that tells nothing of "Melania
	 * Trump"; "Rep. Jesse Jackson Jr." tells that "Jackson" is.
	 */
	private final Map<String, Gender> surnameGenders = new HashMap<>();

	/** A speaker the quote finder has already given a quote to, and where the quote starts in its sentence. */
	private record SpokenAt(int offset, Speaker speaker, Gender gender) {
	}

	ArticleContext(ArticleText article, List<NameMention> mentions) {
		this.article = article;
		article.sentences().forEach(s -> paragraphs.computeIfAbsent(s.paragraph(), p -> new ArrayList<>()).add(s));
		article.sentences().forEach(s -> mentionsBySentence.put(s.id(), new ArrayList<>()));
		mentions.forEach(m -> mentionsBySentence.get(m.sentenceId()).add(m));
		paragraphs.forEach((p, sentences) -> quotesByParagraph.put(p, QuoteMarks.find(paragraphText(sentences))));
		// "His wife, Sandra Jackson" tells her gender, not that of every Jackson the article names
		Map<String, Set<String>> peopleBySurname = peopleBySurname(mentions);
		mentions.forEach(m -> learnGender(m, peopleBySurname));
	}

	/** The people each surname stands for: their given names and suffixes ("jesse jr", "jesse", "sandra"). */
	private static Map<String, Set<String>> peopleBySurname(List<NameMention> mentions) {
		Map<String, Set<String>> people = new HashMap<>();
		for (NameMention mention : mentions) {
			PersonName name = mention.roleOnly() ? null : PersonName.parse(mention.key());
			if (name != null) {
				people.computeIfAbsent(name.surname(), s -> new HashSet<>())
					.add(PersonName.formal(name.given()) + " " + name.suffix());
			}
		}
		return people;
	}

	private void learnGender(NameMention mention, Map<String, Set<String>> peopleBySurname) {
		Gender gender = Gender.ofRole(mention.role());
		if (gender != Gender.UNKNOWN && !mention.roleOnly()) {
			genders.putIfAbsent(mention.key(), gender);
			PersonName name = PersonName.parse(mention.key());
			if (name != null && peopleBySurname.getOrDefault(name.surname(), Set.of()).size() <= 1) {
				surnameGenders.putIfAbsent(name.surname(), gender);
			}
		}
	}

	Gender genderOf(String key) {
		Gender gender = genders.getOrDefault(key, surnameGenders.get(key));
		if (gender != null) {
			return gender;
		}
		PersonName name = PersonName.parse(key);
		return name == null ? Gender.UNKNOWN : surnameGenders.getOrDefault(name.surname(), Gender.UNKNOWN);
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
		return isQuoted(sentence, mention.start());
	}

	/** A name joined to another by a hyphen ("the U.S.-Mexico border") modifies a noun; it is no clause's subject. */
	private static boolean hyphenJoined(SentenceText sentence, NameMention mention) {
		String text = sentence.text();
		return mention.start() > 0 && text.charAt(mention.start() - 1) == '-'
				|| mention.end() + 1 < text.length() && text.charAt(mention.end()) == '-'
						&& Character.isUpperCase(text.charAt(mention.end() + 1));
	}

	/** Whether a sentence lies inside quotation marks from its first letter to its last. */
	private boolean whollyQuoted(SentenceText sentence) {
		String text = sentence.text();
		int first = 0;
		while (first < text.length() && !Character.isLetterOrDigit(text.charAt(first))) {
			first++;
		}
		int last = text.length() - 1;
		while (last > first && !Character.isLetterOrDigit(text.charAt(last))) {
			last--;
		}
		return first < text.length() && isQuoted(sentence, first) && isQuoted(sentence, last);
	}

	/** Whether an offset in a sentence sits inside quotation marks. */
	boolean isQuoted(SentenceText sentence, int offset) {
		int at = sentence.start() + offset;
		return quotesByParagraph.getOrDefault(sentence.paragraph(), List.of())
			.stream()
			.anyMatch(q -> q.start() <= at && at < q.end());
	}

	/**
	 * The sentence's subject: its first name once any dateline and opening phrase ("At a White House briefing on
	 * Wednesday,") are passed, that is not the object of a preposition or verb ("told Fox News") nor the subject
	 * of a subordinate clause ("the day that Mr. Stone stood"); a person named in the role of an organisation
	 * ("Kremlin aide Yuri Ushakov") is the person. Names inside a quote belong to the quoted words, never to the
	 * one who speaks them.
	 */
	NameMention subjectOf(SentenceText sentence) {
		List<NameMention> mentions = mentionsIn(sentence).stream().filter(m -> !isQuoted(sentence, m)).toList();
		int from = Clauses.mainClauseStart(sentence.text());
		if (Clauses.pronounSubjectAt(sentence.text(), from) || Clauses.describedSubjectAt(sentence.text(), from)) {
			return null;
		}
		for (int i = 0; i < mentions.size(); i++) {
			NameMention mention = mentions.get(i);
			if (mention.start() < from || at(sentence, mention, Clauses::objectAt)
					|| at(sentence, mention, Clauses::subordinateAt) || hyphenJoined(sentence, mention)) {
				continue;
			}
			// "former U.S. attorney for the District of Columbia Joseph diGenova": the first name only modifies
			// the role of the person the phrase names.
			if (mention.kind() != EntityKind.PERSON && Clauses.roleFollows(sentence.text(), mention.end())) {
				NameMention person = mentions.stream()
					.filter(m -> m.start() > mention.end() && m.kind() == EntityKind.PERSON)
					.findFirst()
					.orElse(null);
				if (person != null && !Clauses.verbBetween(sentence.text(), mention.end(), person.start())) {
					return person;
				}
			}
			boolean possessive = mention.possessiveIn(sentence.text());
			if (i + 1 < mentions.size() && (mention.kind() != EntityKind.PERSON || possessive)
					&& mentions.get(i + 1).kind() == EntityKind.PERSON
					&& titledBy(sentence.text(), mention.end(), mentions.get(i + 1))) {
				return mentions.get(i + 1);
			}
			return mention;
		}
		// No main-clause subject named: the subject of a subordinate clause ("It does not appear that Mr.
		// Blumenthal ever sought…") is what the sentence is about; a name governed by a preposition never is.
		return mentions.stream()
			.filter(m -> !at(sentence, m, Clauses::objectAt) && !hyphenJoined(sentence, m))
			.min(Comparator.comparing((NameMention m) -> m.start() < from))
			.orElse(null);
	}

	/** Whether the words before a name, and before the title it goes by ("Secretary of State"), tell so. */
	private static boolean at(SentenceText sentence, NameMention mention,
			BiPredicate<String, Integer> test) {
		return test.test(sentence.text(), titleStart(sentence, mention));
	}

	/** Where a name starts with the title the sentence gives it right before ("Secretary of State Rubio"). */
	static int titleStart(SentenceText sentence, NameMention mention) {
		String before = sentence.text().substring(0, mention.start()).stripTrailing();
		return mention.role() != null && before.endsWith(mention.role()) ? before.length() - mention.role().length()
				: mention.start();
	}

	/**
	 * "Kremlin aide Yuri Ushakov", "California Rep. Ed Royce", "Marijuana Industry Group's Mike Elliott": only the
	 * person's role, or a possessive, between the two names.
	 */
	private static boolean titledBy(String sentence, int from, NameMention person) {
		if (from > person.start()) {
			return false;
		}
		String between = sentence.substring(from, person.start()).strip();
		return Clauses.onlyRoleWordsBetween(sentence, from, person.start())
				|| person.role() != null && between.equals(person.role()) || between.matches("['’]s");
	}

	private boolean couldSpeak(NameMention mention, Gender pronoun) {
		return mention != null && !mention.placeHint()
				&& (mention.kind() == EntityKind.PERSON || mention.kind() == EntityKind.UNKNOWN)
				&& genderOf(mention.key()).agreesWith(pronoun);
	}

	private static boolean canBePerson(EntityKind kind) {
		return kind == EntityKind.PERSON || kind == EntityKind.UNKNOWN;
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
		int passed = 0;
		for (int i = index; i >= 0 && passed <= PRONOUN_REACH; i--) {
			SentenceText candidate = sentences.get(i);
			int limit = i == index ? offset : Integer.MAX_VALUE;
			// a sentence of someone's quoted words names nobody a later pronoun stands for: a long quote is passed whole
			passed += i < index && whollyQuoted(candidate) ? 0 : 1;
			NameMention subject = subjectOf(candidate);
			boolean subjectFits = couldSpeak(subject, gender) && subject.end() <= limit;
			// a person who speaks in a who-clause, unless the sentence opens with its subject's name ("Trump, answering
			// Schumer, who said …, told reporters"), whose words a "he said" more likely carries on
			SpokenAt inWhoClause = subject != null && opensMainClause(candidate, subject) ? null
					: speakingInWhoClause(candidate, limit, gender);
			SpokenAt spoken = later(lastSpeaker(candidate, limit, gender), inWhoClause);
			if (spoken != null && (!subjectFits || spoken.offset() > subject.start())) {
				return new Speaker(spoken.speaker().text(), spoken.speaker().key(), true, cue);
			}
			if (subjectFits) {
				return Speaker.of(subject, cue);
			}
		}
		return null;
	}

	/**
	 * The person "the committee chairman" or "the president" stands for: the one a pronoun would stand for, if the
	 * article gives them that role anywhere; else the last person named in that role before; else, when nobody is
	 * named in it, the one a pronoun would stand for, unless the role is one held for someone else: "A spokesperson
	 * for Grassley … the spokesperson said" is not Grassley.
	 */
	Speaker personInRole(SentenceText sentence, int offset, String role, String cue) {
		Speaker nearest = personBefore(sentence, offset, null, cue);
		if (nearest != null && hasRole(nearest.key(), role)) {
			return nearest;
		}
		List<SentenceText> sentences = article.sentences();
		for (int i = sentences.indexOf(sentence); i >= 0; i--) {
			SentenceText candidate = sentences.get(i);
			int limit = candidate == sentence ? offset : Integer.MAX_VALUE;
			List<NameMention> named = mentionsIn(candidate).stream()
				.filter(m -> m.end() <= limit && !m.roleOnly() && m.kind() != EntityKind.PLACE
						&& hasRole(m.key(), role) && !isQuoted(candidate, m))
				.toList();
			if (!named.isEmpty()) {
				return Speaker.of(named.get(named.size() - 1), cue);
			}
		}
		return nobodyInRole(role) && !Lexicon.isHeldForAnother(role) ? nearest : null;
	}

	/** The person named in that role, as {@link #personInRole}, or null when the article names nobody in it. */
	Speaker personNamedInRole(SentenceText sentence, int offset, String role, String cue) {
		return nobodyInRole(role) ? null : personInRole(sentence, offset, role, cue);
	}

	private boolean hasRole(String key, String role) {
		return mentionsInRole(role).anyMatch(m -> m.key().equals(key) || m.lastWordKey().equals(key));
	}

	private boolean nobodyInRole(String role) {
		return mentionsInRole(role).findAny().isEmpty();
	}

	/** The mentions whose role names the office: any word of it, short forms included ("Rep." for "congressman"). */
	private Stream<NameMention> mentionsInRole(String role) {
		String office = Lexicon.office(role);
		return mentionsBySentence.values().stream().flatMap(List::stream)
			.filter(m -> m.role() != null && Arrays.stream(ROLE_WORDS.split(m.role()))
				.anyMatch(word -> !word.isEmpty() && Lexicon.office(word).equals(office)));
	}

	/**
	 * The organisation a definite description shortens, named earlier in the article: "the Democratic committee"
	 * for the Democratic National Committee (every word of the description is a word of the name, and the name
	 * ends with the description's head word).
	 */
	Optional<Speaker> organisationDescribed(SentenceText sentence, int offset, String description, String cue) {
		Matcher definite = DEFINITE.matcher(description.strip());
		if (!definite.matches()) {
			return Optional.empty();
		}
		List<String> words = List.of(definite.group(1).toLowerCase(Locale.ROOT).split("\\s+"));
		List<SentenceText> sentences = article.sentences();
		for (int i = sentences.indexOf(sentence); i >= 0; i--) {
			SentenceText candidate = sentences.get(i);
			int limit = candidate == sentence ? offset : Integer.MAX_VALUE;
			for (NameMention mention : mentionsIn(candidate)) {
				List<String> name = List.of(mention.name().toLowerCase(Locale.ROOT).split("\\s+"));
				if (mention.kind() == EntityKind.ORGANISATION && mention.end() <= limit && name.size() > words.size()
						&& name.containsAll(words) && name.get(name.size() - 1).equals(words.get(words.size() - 1))) {
					return Optional.of(Speaker.of(mention, cue));
				}
			}
		}
		return Optional.empty();
	}

	/** The organisation "the agency" or "the group" stands for: the last one named, going back sentence by sentence. */
	Speaker organisationBefore(SentenceText sentence, int offset, String cue) {
		return organisationBefore(sentence, offset, cue, PRONOUN_REACH);
	}

	/** The organisation "it" stands for: one named in this sentence or the one before, else nobody. */
	Speaker organisationNear(SentenceText sentence, int offset, String cue) {
		return organisationBefore(sentence, offset, cue, 1);
	}

	private Speaker organisationBefore(SentenceText sentence, int offset, String cue, int reach) {
		List<SentenceText> sentences = article.sentences();
		int index = sentences.indexOf(sentence);
		for (int i = index; i >= 0 && index - i <= reach; i--) {
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

	/**
	 * The last person before an offset whose own who-clause speaks ("drew the ire of Justice Antonin Scalia, who
	 * said he was whipsawed"): a "he said" right after most likely carries on their words, though the sentence's
	 * subject is someone else.
	 */
	private SpokenAt speakingInWhoClause(SentenceText sentence, int before, Gender gender) {
		SpokenAt last = null;
		String text = sentence.text();
		for (NameMention mention : mentionsIn(sentence)) {
			Gender own = genderOf(mention.key());
			if (mention.kind() == EntityKind.PERSON && mention.end() <= before && !mention.roleOnly()
					&& own.agreesWith(gender) && !isQuoted(sentence, mention)
					&& Cues.WHO_SPEAKS.matcher(text).region(mention.end(), Math.min(text.length(), before)).lookingAt()) {
				last = new SpokenAt(mention.start(), Speaker.of(mention, null), own);
			}
		}
		return last;
	}

	/** Whether the name, with any title before it, is the first thing of the sentence's main clause. */
	private static boolean opensMainClause(SentenceText sentence, NameMention subject) {
		return titleStart(sentence, subject) <= Clauses.mainClauseStart(sentence.text());
	}

	private static SpokenAt later(SpokenAt a, SpokenAt b) {
		return a == null || (b != null && b.offset() > a.offset()) ? b : a;
	}

	private SpokenAt lastSpeaker(SentenceText sentence, int before, Gender gender) {
		SpokenAt last = null;
		for (SpokenAt spoken : speakersBySentence.getOrDefault(sentence.id(), List.of())) {
			boolean person = gender == Gender.UNKNOWN || canBePerson(kindOf(spoken.speaker().key()));
			if (spoken.offset() < before && spoken.gender().agreesWith(gender) && person) {
				last = spoken;
			}
		}
		return last;
	}

}
