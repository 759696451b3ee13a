package io.parallax.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.parallax.stories.ArticleText.SentenceText;

/**
 * Finds who said a quote: from the words after it ("…,” Ushakov said", "…,” stated Karoline Leavitt",
 * "…,” according to a Kremlin aide") or before it ("Trump said there was a “…”", "telling reporters: “…"),
 * resolving "he" and "the official" to the person meant.
 */
class SpeakerFinder {

	private static final int MAX_GAP_TO_NAME = 120;

	private static final String OF_OR_FOR = "\\s+(?:of|for)\\s+";

	/**
	 * What may stand between a name and a participle it governs: nothing, a relative clause ("– who went on"), or the
	 * "of" or "for" of a verb that reports it ("accused Tate of calling", "praised Osei for saying").
	 */
	private static final String PARTICIPLE_RIGHT_AFTER = "['’]?s?\\s*|\\s*[,–—-]\\s*who\\s+[^,;“”\"]{0,60}\\s+|"
			+ OF_OR_FOR;

	/**
	 * A name after these is not who the "of" or "for" participle belongs to: "was mocked by Trump for calling",
	 * "apologised to Jones for calling her".
	 */
	private static final Pattern AGENT_BEFORE = Pattern.compile("(?i)\\b(?:by|to|from|with)\\s+$");

	/** Between a possessive name and the person it introduces: "’s lawyer, ", "'s press secretary ". */
	private static final Pattern ROLE_OF_OWNER = Pattern.compile("['’]s?(?:\\s+[\\p{L}-]+){1,3},?\\s+");

	/** A name in apposition that ends its sentence: ", William McGinley." */
	private static final Pattern APPOSITION_CLOSES = Pattern
		.compile("^(?:\\s+(?:of|from|at)\\s+[^,.;]{1,40})?\\s*(?:[.;”\"]|$)");

	/** A name in apposition ends where the apposition does ("…, William McGinley of Patton Boggs, confirmed"). */
	private static final Pattern APPOSITION_ENDS = Pattern
		.compile("^(?:\\s+(?:of|from|at)\\s+[^,.;]{1,40})?\\s*(?:[,.;]|$)");

	/** Words between a quote and the name of whoever said it: "…,” said Senate Majority Leader Mitch McConnell". */
	private static final Pattern WORDS_TO_NAMED_SPEAKER = Pattern
		.compile("[\\s,.!?…]*(?:(?:the|a|an|[\\p{L}’'.-]+)\\s+){0,6}");

	/**
	 * A description the speaker's name stands in apposition to, set off by commas: "…,” one of the women, Maureen
	 * Maloney, said".
	 */
	private static final Pattern DESCRIPTION_TO_NAMED_SPEAKER = Pattern
		.compile("[\\s,.!?…]*(?:[\\p{L}’'.-]+\\s+){1,5}[\\p{L}’'.-]+,\\s+");

	/**
	 * After a role that opens a sentence, a verb of its own, perhaps after a phrase set off by commas: the role is the
	 * whole subject ("The governor is now more cautious", "the congressman, speaking in a whisper, said"), not the
	 * head of a longer one ("The head of the union", "The governor’s spokesman").
	 */
	private static final Pattern ROLE_IS_THE_SUBJECT = Pattern.compile("(?:,[^,“”\"]{1,100},)?\\s+"
			+ "(?!(?:of|for|at|from|in|on|with|to|and)\\b)\\p{Ll}");

	/** A preposition ending the words before a name (or its title): "for", "of", "to". */
	private static final Pattern ENDS_IN_PREPOSITION = Pattern
		.compile("(?i)\\b(?:for|of|to|with|from|by|about|against|in|at)$");

	/**
	 * Between two people who speak together: where the first is from, "and", and the second one's title ("of
	 * California and Senator", "and Senate Democratic Leader").
	 */
	private static final Pattern JOINT_SPEAKERS = Pattern.compile("^(?:\\s+of\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s*){1,3})?"
			+ ",?\\s+and\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,4}$");

	/** A person a name's owner has: "’s attorney", "’s longtime aide", "’s husband". */
	private static final Pattern OWNED_PERSON = Pattern.compile("^['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}(?:"
			+ String.join("|", Lexicon.ROLE_NOUNS) + "|" + String.join("|", Lexicon.KIN_NOUNS)
			+ "|counsel|partner|friend|colleague)\\b", Pattern.CASE_INSENSITIVE);

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
		Optional<Matcher> description = Stream.of(Cues.DESCRIPTION_THEN_VERB, Cues.BACK_REFERENCE_THEN_VERB)
			.map(pattern -> pattern.matcher(after))
			.filter(Matcher::find)
			.findFirst();
		if (description.isPresent()) {
			Matcher d = description.get();
			return Optional.of(namedInApposition(context, sentence, offset + d.end(1), offset + d.start(2),
					d.group(2).toLowerCase())
				.orElseGet(() -> resolved(context, sentence, offset,
						Speaker.described(d.group(1), d.group(2).toLowerCase()))));
		}
		Matcher inverted = Cues.INVERTED.matcher(after);
		if (inverted.find()) {
			int from = offset + inverted.end();
			String cue = inverted.group(1).toLowerCase();
			Optional<Speaker> described = describedAfter(context, sentence, from, cue);
			if (described.isPresent()) {
				return described;
			}
			return named(context, sentence, from, Math.min(sentence.text().length(), from + MAX_GAP_TO_NAME))
				.map(m -> holderOfRole(context, sentence, m).map(holder -> Speaker.of(holder, cue))
					.or(() -> ownedPerson(sentence, m, cue))
					.orElseGet(() -> Speaker.of(m, cue)));
		}
		for (NameMention mention : context.mentionsIn(sentence)) {
			if (mention.start() >= offset && mention.start() - offset <= MAX_GAP_TO_NAME && mention.kind() != EntityKind.PLACE) {
				// "Stone’s attorney said": the verb is the attorney's
				int speakerEnd = mention.end() + ownedPersonLength(sentence, mention);
				// "Pelosi and Senate Democratic Leader Chuck Schumer said": a joint statement, credited to the name
				// that opens it
				Optional<NameMention> partner = jointPartner(context, sentence, mention);
				int verbFrom = partner.map(NameMention::end).orElse(speakerEnd);
				Matcher verb = Cues.VERB_AFTER_NAME.matcher(sentence.text().substring(verbFrom));
				String gap = sentence.text().substring(offset, mention.start());
				boolean inApposition = DESCRIPTION_TO_NAMED_SPEAKER.matcher(gap).matches()
						&& sentence.text().startsWith(",", mention.end());
				if (verb.find() && (WORDS_TO_NAMED_SPEAKER.matcher(gap).matches() || inApposition)) {
					return Optional.of(speakerEnd > mention.end()
							? Speaker.described(sentence.text().substring(mention.start(), speakerEnd), verb.group(1))
							: Speaker.of(mention, verb.group(1)));
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * "…,” said one Democrat who opposed her": people described, not named, right after the verb; not a title
	 * before a name ("said a Kremlin aide, Yuri Ushakov"), which the name resolves.
	 */
	private static Optional<Speaker> describedAfter(ArticleContext context, SentenceText sentence, int from, String cue) {
		String text = sentence.text();
		Matcher description = Cues.DESCRIPTION_AFTER_VERB.matcher(text).region(from, text.length());
		if (!description.lookingAt()) {
			return Optional.empty();
		}
		int end = description.end(1);
		// "said a senior Democrat, Rep. Adam Schiff": the name, after the description and its title, is the speaker
		boolean nameFollows = context.mentionsIn(sentence).stream()
			.anyMatch(m -> m.start() >= from && m.kind() != EntityKind.PLACE
					&& (m.start() <= end || NAME_AFTER_DESCRIPTION.matcher(text.substring(end, m.start())).matches()));
		return nameFollows ? Optional.empty()
				: Optional.of(resolved(context, sentence, from, Speaker.described(description.group(1), cue)));
	}

	/** What opens a subordinate clause, and a subject described rather than named: "as the top Republican …". */
	private static final String SUBORDINATOR = "\\b(?:as|when|while|after|because|since|although|though|whereas)\\s+";

	private static final String DESCRIBED = "(?:the|a|an|one|several|some)\\s";

	/**
	 * The last clause before a participle whose subject is described, with no quotation since: "as the top
	 * Republican on the committee called" (group 1: the description's start).
	 */
	private static final Pattern LAST_DESCRIBED_CLAUSE = Pattern.compile("(?i)" + SUBORDINATOR + "(" + DESCRIBED
			+ "(?![^“”\"]*" + SUBORDINATOR + DESCRIBED + ")[^“”\"]*)$");

	/** Between a description and the name it introduces: a comma, perhaps a title ("a senior Democrat, Rep."). */
	private static final Pattern NAME_AFTER_DESCRIPTION = Pattern.compile("\\s*,?\\s*(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}");

	/** How many sentences back a "they" may stand for a joint statement's speakers. */
	private static final int JOINT_REACH = 2;

	/**
	 * Who a "they" stands for after a joint statement ("Pelosi and Schumer said … They vowed"): its first speaker,
	 * in the sentences just before.
	 */
	private static Optional<Speaker> jointSpeakerBefore(ArticleContext context, SentenceText sentence, String cue) {
		List<SentenceText> sentences = context.article().sentences();
		int index = sentences.indexOf(sentence);
		for (int i = index - 1; i >= Math.max(0, index - JOINT_REACH); i--) {
			SentenceText earlier = sentences.get(i);
			for (NameMention mention : context.mentionsIn(earlier)) {
				Optional<NameMention> partner = jointPartner(context, earlier, mention);
				if (partner.isPresent()
						&& Cues.VERB_AFTER_NAME.matcher(earlier.text().substring(partner.get().end())).find()) {
					return Optional.of(Speaker.of(mention, cue));
				}
			}
		}
		return Optional.empty();
	}

	/** The person named right after this one, joined by "and", when the verb follows them both. */
	private static Optional<NameMention> jointPartner(ArticleContext context, SentenceText sentence,
			NameMention first) {
		return context.mentionsIn(sentence)
			.stream()
			.filter(m -> m.start() > first.end() && m.kind() == EntityKind.PERSON)
			.findFirst()
			.filter(m -> JOINT_SPEAKERS.matcher(sentence.text().substring(first.end(), m.start())).matches());
	}

	/**
	 * A tag that ends the sentence after a quote, naming who said it ("…,” a spokesperson for the agency said."),
	 * as opposed to a main clause that goes on ("…,” President Trump claimed that …").
	 */
	Optional<Speaker> tag(ArticleContext context, SentenceText sentence, int offset) {
		String after = sentence.text().substring(Math.min(offset, sentence.text().length()));
		Matcher tag = Cues.CLOSING_TAG.matcher(after);
		if (!tag.find()) {
			return Optional.empty();
		}
		return after(context, sentence, offset).filter(s -> !s.cue().equals("according to"));
	}

	/** The speaker named by a tag after the sentence's last comma ("…, Bardack said."), which reports it whole. */
	Optional<Speaker> closingTagOf(ArticleContext context, SentenceText sentence) {
		String text = sentence.text();
		int comma = text.lastIndexOf(',');
		if (comma < 0 || context.isQuoted(sentence, comma)) {
			return Optional.empty();
		}
		return tag(context, sentence, comma + 1);
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
			return participleSpeaker(context, sentence, before.substring(0, cue.start()), word);
		}
		return speakerOfVerb(context, sentence, before.substring(0, cue.start()), cue.start(), word);
	}

	/**
	 * Who a participle's words belong to: the name right before it ("It follows Trump saying"; "Vicente Fox – who
	 * went on a tear declaring"), else the subject of the subordinate clause it closes ("… came as Netanyahu turned
	 * down an invitation, saying"; "… on the day as the top Republican on the committee called on it to reverse the
	 * policy, labeling it", who is described, not named, and not the name of an earlier clause), else the sentence's
	 * subject.
	 */
	private Optional<Speaker> participleSpeaker(ArticleContext context, SentenceText sentence, String left,
			String cue) {
		List<NameMention> before = context.mentionsIn(sentence).stream()
			.filter(m -> m.end() <= left.length() && m.kind() != EntityKind.PLACE && !context.isQuoted(sentence, m))
			.toList();
		Optional<NameMention> adjacent = before.stream()
			.filter(m -> left.substring(m.end()).matches(PARTICIPLE_RIGHT_AFTER)
					&& !(left.substring(m.end()).matches(OF_OR_FOR)
							&& AGENT_BEFORE.matcher(left.substring(0, m.start())).find()))
			.findFirst();
		if (adjacent.isPresent()) {
			return adjacent.map(m -> Speaker.of(m, cue));
		}
		Matcher clause = LAST_DESCRIBED_CLAUSE.matcher(left);
		int describedAt = clause.find() ? clause.start(1) : -1;
		NameMention mainSubject = context.subjectOf(sentence);
		for (int i = before.size() - 1; i >= 0 && before.get(i).start() > describedAt; i--) {
			NameMention mention = before.get(i);
			if (mainSubject != null && mention.start() == mainSubject.start()) {
				// "Asked whether Mr. Obama lacked sympathy, Mr. Santorum did not back down, saying": the clause the
				// participle closes is the main one, after the subordinate
				break;
			}
			if (Clauses.subordinateAt(sentence.text(), mention.start())
					&& !left.substring(mention.end()).contains("“") && !left.substring(mention.end()).contains("\"")) {
				return Optional.of(Speaker.of(mention, cue));
			}
		}
		if (describedAt >= 0) {
			Matcher description = Cues.DESCRIPTION_THEN_VERB.matcher(left.substring(describedAt));
			if (description.lookingAt()) {
				return Optional.of(resolved(context, sentence, describedAt,
						Speaker.described(description.group(1), description.group(2).toLowerCase())));
			}
		}
		return subject(context, sentence, left.length(), cue);
	}

	/**
	 * Whether a name may be the subject of a verb after it: not the object of a preposition ("a spokesman for Mr.
	 * Hunter"), unless a clause of its own makes it one ("even from President Trump, who said").
	 */
	private static boolean couldBeSubject(SentenceText sentence, NameMention mention, String left) {
		String before = sentence.text().substring(0, ArticleContext.titleStart(sentence, mention)).stripTrailing();
		return !ENDS_IN_PREPOSITION.matcher(before).find()
				|| Cues.WHO_BEFORE_VERB.matcher(left.substring(mention.end())).matches();
	}

	private Optional<Speaker> speakerOfVerb(ArticleContext context, SentenceText sentence, String left, int verbAt,
			String verb) {
		// "In a post to Twitter, Wayne Pacelle, the CEO of …, said": of the names the verb may belong to, a
		// person's comes before a platform's or an organisation's, and a preposition's object is none of them.
		List<NameMention> adjacent = context.mentionsIn(sentence)
			.stream()
			.filter(m -> m.end() <= verbAt && m.kind() != EntityKind.PLACE
					&& couldBeSubject(sentence, m, left)
					&& left.substring(m.end()).matches("['’]?s?" + Cues.APPOSITION + Cues.DESCRIPTIVE_APPOSITION
							+ "\\s*,?\\s*(?:[–—-]\\s*)?(?:who\\s+)?" + Cues.AUXILIARY + Cues.COORDINATED_VERB))
			.toList();
		if (!adjacent.isEmpty()) {
			NameMention speaker = adjacent.stream()
				.filter(m -> m.kind() == EntityKind.PERSON)
				.findFirst()
				.orElse(adjacent.get(0));
			return Optional.of(Speaker.of(speaker, verb));
		}
		Optional<NameMention> author = context.mentionsIn(sentence).stream()
			.filter(m -> m.end() <= verbAt && m.kind() != EntityKind.PLACE
					&& Cues.STATEMENT_FROM_BEFORE.matcher(sentence.text().substring(0, m.start())).find()
					&& !Cues.ANY_CUE.matcher(left.substring(m.end())).find())
			.findFirst();
		if (author.isPresent()) {
			return Optional.of(Speaker.of(author.get(), verb));
		}
		Matcher pronoun = Cues.PRONOUN_BEFORE.matcher(left);
		if (pronoun.find()) {
			return switch (pronoun.group(1).toLowerCase()) {
				case "they" -> pluralSubject(sentence, verb).or(() -> jointSpeakerBefore(context, sentence, verb));
				case "it" -> Optional.ofNullable(context.organisationNear(sentence, verbAt, verb));
				default -> person(context, sentence, verbAt, pronoun.group(1), verb);
			};
		}
		Matcher description = Cues.DESCRIPTION_BEFORE.matcher(left);
		if (description.find() && !roleAfterAs(left, description.start(1), description.group(1))) {
			Optional<NameMention> described = APPOSITIVE.matcher(description.group()).matches()
					? personDescribed(context, sentence, description.start(1)) : Optional.empty();
			if (described.isPresent()) {
				return described.map(m -> Speaker.of(m, verb));
			}
			return Optional.of(resolved(context, sentence, verbAt,
					Speaker.described(description.group(1).strip(), verb)));
		}
		return subject(context, sentence, verbAt, verb);
	}

	/**
	 * A description set off by commas, or closed by a clause of its own, from its article: ", a lawyer for Wal-Mart,
	 * said", ", a former governor of Arkansas and preacher who has announced".
	 */
	private static final Pattern APPOSITIVE = Pattern.compile("(?i)(?:a|an|the)\\s.*(?:,|\\swho)\\s+"
			+ "(?:\\p{Ll}{3,}ly\\s+)?(?:(?:has|have|had)\\s+)?");

	private static final Pattern AS_BEFORE = Pattern.compile("(?i)\\bas\\s+$");

	private static final Pattern DESCRIPTION_HEAD = Pattern.compile("(?i)^(.*?)(?:\\s+(?:with|of|familiar|close|in|at|from"
			+ "|for)\\b.*)?$");

	/**
	 * Whether a description after "as" is someone's role, not the subject of a clause "as" opens: "Thune, who serves
	 * … as chairman of the Senate Republican Conference, added" against "which stalled as conservative members said".
	 * People a clause is about are named in the plural ("members", "officials") or with a determiner.
	 */
	private static boolean roleAfterAs(String left, int start, String description) {
		if (!AS_BEFORE.matcher(left.substring(0, start)).find()) {
			return false;
		}
		Matcher head = DESCRIPTION_HEAD.matcher(description.strip());
		String words = head.matches() ? head.group(1) : description.strip();
		String last = words.substring(words.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		boolean determined = words.matches("(?i)^(?:the|a|an|some|several|many|two|three)\\s.*");
		return !determined && !last.endsWith("s") && !last.equals("people") && !last.equals("police");
	}

	/** The person a description set beside their name describes: "Theodore J. Boutrous Jr., a lawyer for Wal-Mart,". */
	private static Optional<NameMention> personDescribed(ArticleContext context, SentenceText sentence, int at) {
		return context.mentionsIn(sentence).stream()
			.filter(m -> m.kind() == EntityKind.PERSON && m.end() <= at
					&& sentence.text().substring(m.end(), at).matches("\\.?\\s*,\\s*"))
			.findFirst();
	}

	private Optional<Speaker> subject(ArticleContext context, SentenceText sentence, int before, String cue) {
		int start = Clauses.mainClauseStart(sentence.text());
		String opening = sentence.text().substring(start);
		if (opening.matches("(?i)^(he|she)\\b.*")) {
			return person(context, sentence, 0, opening.split("\\s+")[0], cue);
		}
		if (opening.matches("(?i)^they\\b.*")) {
			return Optional.empty();
		}
		// "The source told Fox News …, adding that …": the description is the subject, not the name after it.
		Matcher description = Cues.DESCRIPTION_THEN_VERB.matcher(opening);
		if (description.find()) {
			return Optional.of(namedInApposition(context, sentence, start + description.end(1),
					start + description.start(2), description.group(2).toLowerCase())
				.orElseGet(() -> resolved(context, sentence, 0,
						Speaker.described(description.group(1), description.group(2).toLowerCase()))));
		}
		Matcher role = Cues.ROLE_REFERENCE.matcher(opening);
		if (role.lookingAt() && ROLE_IS_THE_SUBJECT.matcher(opening.substring(role.end())).lookingAt()) {
			Speaker meant = context.personNamedInRole(sentence, start, role.group(1).toLowerCase(), cue);
			if (meant != null) {
				return Optional.of(meant);
			}
		}
		NameMention subject = context.subjectOf(sentence);
		if (subject == null || subject.start() >= before || subject.kind() == EntityKind.PLACE) {
			return Optional.empty();
		}
		if (subject.roleOnly()) {
			return Optional.of(personMeantByRole(context, sentence, subject, cue));
		}
		// "Strzok’s attorney, meanwhile, blasted the bureau, saying": the attorney speaks, not Strzok
		return Optional.of(ownedPerson(sentence, subject, cue).orElseGet(() -> Speaker.of(subject, cue)));
	}

	/** "The US President is now striking a more cautious tone, telling reporters": the person in that role. */
	private static Speaker personMeantByRole(ArticleContext context, SentenceText sentence, NameMention role,
			String cue) {
		String[] words = (role.role() != null ? role.role() : role.name()).strip().split("\\s+");
		Speaker meant = context.personNamedInRole(sentence, role.start(), words[words.length - 1].toLowerCase(), cue);
		return meant != null ? meant : Speaker.of(role, cue);
	}

	/**
	 * Who said the quoted words of a sentence that first says where its content comes from ("According to the
	 * indictment, Mr. Stone told “senior Trump campaign officials” …"): the source, unless a verb of speech hands
	 * the words to someone else right before them ("…, Stone said “…”").
	 */
	Optional<Speaker> sourceOfSentence(ArticleContext context, SentenceText sentence, int quoteStart) {
		String text = sentence.text();
		if (Cues.SPEECH_RIGHT_BEFORE.matcher(text.substring(0, quoteStart)).find()) {
			return Optional.empty();
		}
		return citedBetween(context, sentence, 0, quoteStart);
	}

	/**
	 * The source a sentence names after its quoted words ("spent $1,000 on “stuffed animals” …, according to the
	 * documents"), for words no verb of speech hands to anyone: they are the source's.
	 */
	Optional<Speaker> sourceCitedAfter(ArticleContext context, SentenceText sentence, int quoteEnd) {
		int length = sentence.text().length();
		return citedBetween(context, sentence, Math.min(quoteEnd, length), length);
	}

	/** The first source an "according to" outside quotation marks names between two offsets of the sentence. */
	private static Optional<Speaker> citedBetween(ArticleContext context, SentenceText sentence, int from, int to) {
		Matcher according = Cues.ACCORDING_TO_IN_SENTENCE.matcher(sentence.text()).region(from, to);
		while (according.find()) {
			if (!context.isQuoted(sentence, according.start())) {
				return Optional.of(cited(context, sentence, according.start(1), according.end(1), according.group(1),
						"according to"));
			}
		}
		return Optional.empty();
	}

	/** "They" stands for the people the sentence opens with ("Ukrainian sources … they cautioned"), if any. */
	private static Optional<Speaker> pluralSubject(SentenceText sentence, String cue) {
		Matcher people = PLURAL_SUBJECT.matcher(sentence.text().substring(Clauses.mainClauseStart(sentence.text())));
		return people.find() ? Optional.of(Speaker.described(people.group(1), cue)) : Optional.empty();
	}

	/**
	 * "Stone’s attorney said", "said Marsh’s husband": a person the name's owner has, who speaks, never the owner.
	 * (An owner's office, campaign or statement speaks for the owner.)
	 */
	private static Optional<Speaker> ownedPerson(SentenceText sentence, NameMention owner, String cue) {
		int length = ownedPersonLength(sentence, owner);
		return length == 0 ? Optional.empty()
				: Optional.of(Speaker.described(sentence.text().substring(owner.start(), owner.end() + length), cue));
	}

	/** A role someone holds for the name before it: "Pence press secretary ", "Trump's lawyer ". */
	private static final Pattern ROLE_FOR_NAME_BEFORE = Pattern.compile("^(?:['’]s?)?\\s+(?:(?!(?:of|about|to|and|or"
			+ "|with|for|on|in|at|from|by|than|as)\\s)[\\p{L}-]+\\s+){0,2}(?:" + String.join("|", Lexicon.ROLE_NOUNS)
			+ ")\\s+$", Pattern.CASE_INSENSITIVE);

	/**
	 * The person named right after a name and a role held for it: "said Pence press secretary Alyssa Farah" is
	 * Farah's statement, not Pence's.
	 */
	private static Optional<NameMention> holderOfRole(ArticleContext context, SentenceText sentence, NameMention name) {
		return context.mentionsIn(sentence).stream()
			.filter(m -> m.start() > name.end() && m.kind() == EntityKind.PERSON)
			.findFirst()
			.filter(m -> ROLE_FOR_NAME_BEFORE.matcher(sentence.text().substring(name.end(), m.start())).matches());
	}

	/** How long the "’s attorney" after a name is, or 0. */
	private static int ownedPersonLength(SentenceText sentence, NameMention owner) {
		Matcher owned = OWNED_PERSON.matcher(sentence.text().substring(owner.end()));
		return owned.find() ? owned.end() : 0;
	}

	/**
	 * "The agency said", "the group wrote", "the statement said", "the committee chairman said": a description
	 * that points back to an organisation, to the speaker of a statement, or to a person in that role, the article
	 * has named.
	 */
	private static Speaker resolved(ArticleContext context, SentenceText sentence, int offset, Speaker described) {
		Matcher role = Cues.ROLE_REFERENCE.matcher(described.text());
		if (role.matches()) {
			Speaker meant = context.personInRole(sentence, offset, role.group(1).toLowerCase(), described.cue());
			return meant != null ? meant : described;
		}
		Matcher back = Cues.BACK_REFERENCE.matcher(described.text());
		if (!back.matches()) {
			return context.organisationDescribed(sentence, offset, described.text(), described.cue()).orElse(described);
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
	 * The person a description's apposition names, between the description and its verb ("A lawyer for Mr. Grimm,
	 * William McGinley of Patton Boggs, confirmed"): the description says who they are, the name who they are.
	 */
	private static Optional<Speaker> namedInApposition(ArticleContext context, SentenceText sentence, int from, int to,
			String cue) {
		String between = sentence.text().substring(from, Math.max(from, to));
		if (!between.stripLeading().startsWith(",")) {
			return Optional.empty();
		}
		return context.mentionsIn(sentence).stream()
			.filter(m -> m.kind() == EntityKind.PERSON && m.start() >= from && m.end() <= to
					&& sentence.text().substring(from, m.start()).matches("\\s*,\\s*")
					&& APPOSITION_ENDS.matcher(sentence.text().substring(m.end())).find())
			.findFirst()
			.map(m -> Speaker.of(m, cue));
	}

	/**
	 * The source after "according to": a person named there, or else the phrase itself when it describes
	 * someone unnamed ("a Kremlin aide") or names an organisation ("the Interfax news service"). A person named
	 * right after the phrase, in apposition, is the one it describes ("the statement from Grimm's attorney, William
	 * McGinley"); a name the phrase holds in the possessive is whose attorney or aide they are, not the source.
	 */
	static Speaker cited(ArticleContext context, SentenceText sentence, int from, int to, String phrase,
			String cue) {
		Optional<Speaker> apposition = namedInApposition(context, sentence, to,
				Math.min(sentence.text().length(), to + MAX_GAP_TO_NAME), cue);
		// a title that owns the thing cited is not who is cited: "the U.S. Attorney’s Office", "the President’s aide"
		Optional<NameMention> inPhrase = named(context, sentence, from, to)
			.filter(m -> !(m.roleOnly() && m.possessiveIn(sentence.text())));
		// "According to police, Smith, 45, was arrested": a name after the phrase may as well open the sentence's
		// own clause; it is the phrase's apposition only after a possessive, or where it ends the sentence
		boolean owner = inPhrase.filter(m -> m.possessiveIn(sentence.text())).isPresent();
		if (apposition.isPresent() && (owner || inPhrase.isEmpty() && endsTheSentence(context, sentence, to))) {
			return apposition.get();
		}
		boolean description = Cues.DESCRIPTION_IN_PHRASE.matcher(phrase.strip()).find();
		if (inPhrase.isPresent() && (inPhrase.get().kind() == EntityKind.PERSON || !description)) {
			return Speaker.of(inPhrase.get(), cue);
		}
		return context.organisationDescribed(sentence, from, phrase, cue).orElseGet(() -> Speaker.described(phrase, cue));
	}

	/** Whether the name right after {@code from} (", William McGinley.") is the last thing the sentence says. */
	private static boolean endsTheSentence(ArticleContext context, SentenceText sentence, int from) {
		return context.mentionsIn(sentence).stream()
			.filter(m -> m.start() >= from)
			.findFirst()
			.filter(m -> APPOSITION_CLOSES.matcher(sentence.text().substring(m.end())).find())
			.isPresent();
	}

	/**
	 * The name a phrase gives its speaker by: a person's, else an organisation's. A person named right after another
	 * one's possessive and role is the one meant ("Alvarez’s lawyer, Dana Whitfield": the lawyer speaks).
	 */
	private static Optional<NameMention> named(ArticleContext context, SentenceText sentence, int from, int to) {
		// a name inside quotation marks is in someone's words, not who speaks: "…,” said Bloomberg, who added that
		// “the richest thing about Donald Trump is his hypocrisy.”
		List<NameMention> inRange = context.mentionsIn(sentence).stream()
			.filter(m -> m.start() >= from && m.end() <= to && !context.isQuoted(sentence, m))
			.toList();
		for (int i = 0; i + 1 < inRange.size(); i++) {
			NameMention owner = inRange.get(i);
			NameMention next = inRange.get(i + 1);
			if (owner.kind() == EntityKind.PERSON && next.kind() == EntityKind.PERSON
					&& owner.possessiveIn(sentence.text())
					&& ROLE_OF_OWNER.matcher(sentence.text().substring(owner.end(), next.start())).matches()) {
				return Optional.of(next);
			}
		}
		return inRange.stream()
			.filter(m -> m.kind() == EntityKind.PERSON
					|| inRange.stream().noneMatch(p -> p.kind() == EntityKind.PERSON))
			.findFirst();
	}

}
