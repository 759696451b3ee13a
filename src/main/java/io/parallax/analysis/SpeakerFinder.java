package io.parallax.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.stories.ArticleText.SentenceText;

/**
 * Finds who said a quote: from the words after it ("…,” Ushakov said", "…,” stated Karoline Leavitt",
 * "…,” according to a Kremlin aide") or before it ("Trump said there was a “…”", "telling reporters: “…"),
 * resolving "he" and "the official" to the person meant.
 */
class SpeakerFinder {

	private static final int MAX_GAP_TO_NAME = 120;

	private static final Pattern PLURAL_SUBJECT = Pattern
		.compile("^((?:[\\p{L}.’'-]+\\s+){0,3}(?:officials|sources|diplomats|aides|people|analysts|experts|leaders"
				+ "|media|agencies|residents|authorities))\\b", Pattern.CASE_INSENSITIVE);

	Optional<Speaker> after(ArticleContext context, SentenceText sentence, int offset) {
		String after = sentence.text().substring(Math.min(offset, sentence.text().length()));
		Matcher pronoun = Cues.PRONOUN_THEN_VERB.matcher(after);
		if (pronoun.find()) {
			return person(context, sentence, offset, pronoun.group(1), pronoun.group(2));
		}
		Matcher statement = Cues.STATEMENT_FROM.matcher(after);
		if (statement.find()) {
			return Optional.of(cited(context, sentence, offset + statement.start(1), offset + statement.end(1),
					statement.group(1), "statement"));
		}
		Matcher according = Cues.ACCORDING_TO.matcher(after);
		if (according.find()) {
			return Optional.of(cited(context, sentence, offset + according.start(2), offset + according.end(2),
					according.group(2), according.group(1).toLowerCase()));
		}
		Matcher description = Cues.DESCRIPTION_THEN_VERB.matcher(after);
		if (description.find()) {
			return Optional.of(resolved(context, sentence, offset,
					Speaker.described(description.group(1), description.group(2).toLowerCase())));
		}
		Matcher inverted = Cues.INVERTED.matcher(after);
		if (inverted.find()) {
			int from = offset + inverted.end();
			return named(context, sentence, from, Math.min(sentence.text().length(), from + MAX_GAP_TO_NAME))
				.map(m -> Speaker.of(m, inverted.group(1).toLowerCase()));
		}
		for (NameMention mention : context.mentionsIn(sentence)) {
			if (mention.start() >= offset && mention.start() - offset <= MAX_GAP_TO_NAME && mention.kind() != EntityKind.PLACE) {
				Matcher verb = Cues.VERB_AFTER_NAME.matcher(sentence.text().substring(mention.end()));
				String gap = sentence.text().substring(offset, mention.start());
				if (verb.find() && gap.matches("[\\s,.!?…]*(?:(?:the|a|an|[\\p{L}’'.-]+)\\s+){0,6}")) {
					return Optional.of(Speaker.of(mention, verb.group(1)));
				}
			}
		}
		return Optional.empty();
	}

	Optional<Speaker> before(ArticleContext context, SentenceText sentence, int offset) {
		String before = sentence.text().substring(0, offset);
		Matcher cue = Cues.LAST_CUE.matcher(before);
		if (!cue.find()) {
			return possessiveStatement(context, sentence, before);
		}
		String word = cue.group(1).toLowerCase();
		if (word.equals("according to") || word.equals("quoted by")) {
			String phrase = before.substring(cue.end()).split(",")[0];
			return Optional.of(cited(context, sentence, cue.end(), cue.end() + phrase.length(), phrase, word));
		}
		if (word.endsWith("ing")) {
			return subject(context, sentence, cue.start(), word);
		}
		return speakerOfVerb(context, sentence, before.substring(0, cue.start()), cue.start(), word);
	}

	private Optional<Speaker> speakerOfVerb(ArticleContext context, SentenceText sentence, String left, int verbAt,
			String verb) {
		Optional<NameMention> adjacent = context.mentionsIn(sentence)
			.stream()
			.filter(m -> m.end() <= verbAt && m.kind() != EntityKind.PLACE
					&& left.substring(m.end()).matches("['’]?s?" + Cues.APPOSITION + Cues.DESCRIPTIVE_APPOSITION
							+ "\\s*,?\\s*(?:has |had |have |also |later )?"))
			.findFirst();
		if (adjacent.isPresent()) {
			return Optional.of(Speaker.of(adjacent.get(), verb));
		}
		Matcher pronoun = Cues.PRONOUN_BEFORE.matcher(left);
		if (pronoun.find()) {
			return pronoun.group(1).equalsIgnoreCase("they") ? pluralSubject(sentence, verb)
					: person(context, sentence, verbAt, pronoun.group(1), verb);
		}
		Matcher description = Cues.DESCRIPTION_BEFORE.matcher(left);
		if (description.find()) {
			String text = description.group(1).strip();
			if (text.matches("(?i)the (official|president|minister|spokesperson|spokesman|spokeswoman|aide|envoy)")) {
				return person(context, sentence, verbAt, null, verb);
			}
			return Optional.of(resolved(context, sentence, verbAt, Speaker.described(text, verb)));
		}
		return subject(context, sentence, verbAt, verb);
	}

	private Optional<Speaker> subject(ArticleContext context, SentenceText sentence, int before, String cue) {
		String opening = sentence.text().substring(Clauses.mainClauseStart(sentence.text()));
		if (opening.matches("(?i)^(he|she|the (official|president|minister|spokesperson|spokesman|spokeswoman|aide"
				+ "|envoy|diplomat|leader))\\b.*")) {
			return person(context, sentence, 0, opening.split("\\s+")[0], cue);
		}
		if (opening.matches("(?i)^they\\b.*")) {
			return Optional.empty();
		}
		NameMention subject = context.subjectOf(sentence);
		return subject != null && subject.start() < before ? Optional.of(Speaker.of(subject, cue)) : Optional.empty();
	}

	/** "They" stands for the people the sentence opens with ("Ukrainian sources … they cautioned"), if any. */
	private static Optional<Speaker> pluralSubject(SentenceText sentence, String cue) {
		Matcher people = PLURAL_SUBJECT.matcher(sentence.text().substring(Clauses.mainClauseStart(sentence.text())));
		return people.find() ? Optional.of(Speaker.described(people.group(1), cue)) : Optional.empty();
	}

	/**
	 * "The agency said", "the group wrote", "the statement said": a description that points back to an
	 * organisation, or to the speaker of a statement, the article has just named.
	 */
	private static Speaker resolved(ArticleContext context, SentenceText sentence, int offset, Speaker described) {
		Matcher back = Cues.BACK_REFERENCE.matcher(described.text());
		if (!back.matches()) {
			return described;
		}
		Speaker meant = back.group(2) != null ? context.personBefore(sentence, offset, null, described.cue())
				: context.organisationBefore(sentence, offset, described.cue());
		return meant != null ? meant : described;
	}

	private Optional<Speaker> person(ArticleContext context, SentenceText sentence, int offset, String pronoun,
			String cue) {
		return Optional.ofNullable(context.personBefore(sentence, offset, pronoun, cue));
	}

	private Optional<Speaker> possessiveStatement(ArticleContext context, SentenceText sentence, String before) {
		Matcher statement = Cues.POSSESSIVE_STATEMENT.matcher(before);
		while (statement.find()) {
			int at = statement.start();
			Optional<NameMention> owner = context.mentionsIn(sentence).stream().filter(m -> m.end() == at).findFirst();
			if (owner.isPresent()) {
				return Optional.of(Speaker.of(owner.get(), statement.group(1).toLowerCase()));
			}
		}
		return Optional.empty();
	}

	/**
	 * The source after "according to": a person named there, or else the phrase itself when it describes
	 * someone unnamed ("a Kremlin aide") or names an organisation ("the Interfax news service").
	 */
	static Speaker cited(ArticleContext context, SentenceText sentence, int from, int to, String phrase,
			String cue) {
		Optional<NameMention> named = named(context, sentence, from, to);
		boolean description = Cues.DESCRIPTION_BEFORE.matcher(phrase.strip()).find();
		if (named.isPresent() && (named.get().kind() == EntityKind.PERSON || !description)) {
			return Speaker.of(named.get(), cue);
		}
		return Speaker.described(phrase, cue);
	}

	private static Optional<NameMention> named(ArticleContext context, SentenceText sentence, int from, int to) {
		List<NameMention> mentions = context.mentionsIn(sentence);
		return mentions.stream()
			.filter(m -> m.start() >= from && m.end() <= to)
			.filter(m -> m.kind() == EntityKind.PERSON || mentions.stream().noneMatch(
					p -> p.kind() == EntityKind.PERSON && p.start() >= from && p.end() <= to))
			.findFirst();
	}

}
