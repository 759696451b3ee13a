package io.parallax.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.stories.ArticleText.SentenceText;
import io.parallax.text.SpeechVerbs;

/**
 * Finds whom each sentence cites: "according to Kremlin aide Yuri Ushakov", "U.S. officials confirmed",
 * "quoted by Russian news agencies", "in a Truth Social post", "a Kremlin statement", "people with knowledge of
 * the call".
 */
class AttributionFinder {

	private static final Pattern REPORTING_VERB = Pattern
		.compile("\\b(" + SpeechVerbs.REPORTING + "|" + SpeechVerbs.REPORTING_PARTICIPLES + "|calling(?! for))\\b");

	/** Words before an outlet that the information went through: "told", "an interview with", "said on". */
	private static final Pattern MEDIA_BEFORE = Pattern.compile("(?i)\\b(told|to|with|in an? (?:recent |exclusive )?"
			+ "|on)\\s*(?:the\\s+)?(?:(?-i:\\p{Lu})[\\p{L}.]*\\s+)?(?:(?-i:affiliate|station|network)\\s+)?$");

	/** Speech just before an outlet named after "to", "with" or "on": "said Tuesday on", "in an interview with". */
	private static final Pattern SPEECH_BEFORE_OUTLET = Pattern.compile("(?i)\\b(?:" + SpeechVerbs.FINITE + "|"
			+ SpeechVerbs.PARTICIPLES + "|spoke|speaking|interview|appearance|appeared|appearing)\\b[^.;]{0,40}$");

	private static final Pattern COORDINATED = Pattern.compile("^\\s*(?:,|and|, and)\\s*(?:the\\s+)?$");

	private static final Pattern ACCORDING = Pattern
		.compile("(?i)\\b(according to|quoted by)\\s+((?:[^,.;:!?“\"]|" + Cues.INITIAL_STOP
				+ ")+?)(?=\\s+(?:as|that|who|which|on|in)\\s|[,;:!?“\"]|" + Cues.PHRASE_STOP + "|$)");

	private static final Pattern AFTER_CLOSING_QUOTE = Pattern.compile("[”\"],?\\s*$");

	private static final Pattern POST = Pattern.compile("\\b(?:an?|the|his|her|their|its)\\s+((?:[\\p{Lu}][\\p{L}]*\\s+){1,2}"
			+ "(?:post|posts|tweet|message|video|platform|account))\\b|\\b(?:wrote|writing|posted|posting|said|saying|stating|post)"
			+ "\\s+(?:on|to)\\s+"
			+ "(X|Twitter|Truth Social|Facebook|Telegram|Instagram|TikTok)\\b");

	// up to two words before the paper's noun, not an infinitive's "to" ("the first to report")
	private static final Pattern DOCUMENT = Pattern.compile("(?i)\\b((?:an?|the)\\s+(?:(?!to\\s)[\\p{L}\\p{N}-]+\\s+){0,2}"
			+ "(?:statement|report|document|letter|decree|memo|filing|study|survey|readout|communiqu[eé]))\\b");

	/** Titles whose full stop is inside a name: "Mr.", "Sen.". */
	private static final String TITLES = "Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Jr|Sr|St";

	/**
	 * What makes a paper (not a statement, which is how its speaker spoke) a particular one, right after its noun:
	 * who sent, released or wrote it ("a letter sent from Hunter's attorney", "a report by a watchdog agency"), or,
	 * for papers sent to someone, to whom ("a letter Monday to a senior member of Congress"), up to the phrase's end.
	 */
	private static final Pattern PARTICULAR_PAPER = Pattern.compile("^(?<=(?:letter|memo|report|study|filing|document))"
			+ "(?:\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))?\\s+(?:(?:(?:sent|released|issued"
			+ "|written|published)\\s+)?(?:by|from)|(?<=(?:letter|memo)(?:\\s\\p{L}{1,9})?\\s{1,3})(?:sent\\s+)?to)\\s+"
			+ "((?:[^,;:!?.“”\"()]|" + Cues.INITIAL_STOP + "|(?<=\\b(?:" + TITLES + "))\\.)+?)"
			+ "(?=\\s*[,;:!?“”\"()]|\\s+(?:that|which|who|where|when|after|before|on|in|as|because|since|found|finds"
			+ "|concluded|concludes|showed|shows|" + SpeechVerbs.FINITE + "|\\p{Ll}+ing)\\b"
			+ "|\\.(?<!\\b(?:" + TITLES + ")\\.)(?<!(?:^|[\\s.])\\p{Lu}\\.)|\\s*$)");

	private static final Pattern PROPER_NAME = Pattern
		.compile("(?:(?i:the)\\s+)?\\p{Lu}[\\p{L}.’'-]*(?:\\s+(?:of|for|and|the|\\p{Lu}[\\p{L}.’'-]*))*");

	/**
	 * Papers that show something, as their subject: "public records show", "Documents released on Friday showed",
	 * "newly filed court papers disclosed that". Verbs that are no speech ("show") cite a source only here.
	 */
	private static final Pattern DOCUMENT_SHOWS = Pattern.compile("(?i)(?<=^|[,;:—–]\\s{0,2}|--\\s{0,2}"
			+ "|\\b(?:and|but|that|as|after|when)\\s)((?:(?!(?:he|she|it|they|we|i|you|which|who|and|but|or|as|that"
			+ "|after|when)\\b)"
			+ "\\p{L}[\\p{L}’'.-]*\\s+){0,3}?(?:records|documents|papers|filings|returns|data|polls|surveys?"
			+ "|stud(?:y|ies)|letters?|reports?|memos?|complaint|indictment|emails|logs)"
			+ "(?:\\s+(?:released|filed|obtained|disclosed|made public)\\b[^,;“”\"]{0,40}?)?)"
			+ "\\s+(?:show|shows|showed|disclosed|discloses|indicated|indicate|indicates|revealed|reveal|reveals)\\b");

	private static final Pattern REPORTEDLY = Pattern.compile("\\b(reportedly|is said to|are said to|was said to)\\b");

	/** The cue of a paper named by its sender or addressee ("a letter to the senators"): a source of its own. */
	private static final String PARTICULAR = "particular";

	/** The cue of a document its issuer released, issued or published ("the Kremlin released a statement"). */
	private static final String ISSUED = "issued";

	/** A possessive, then the last word: "Attorney’s Office" (group 1: the last word). */
	private static final Pattern OWNED_LAST_WORD = Pattern.compile("['’]s\\s+(\\S+)$");

	private final SpeakerFinder speakers = new SpeakerFinder();

	/** Whom each sentence cites; never the article's own outlet ({@link OwnOutlet}), which reports, not cites. */
	List<FoundAttribution> find(ArticleContext context) {
		List<FoundAttribution> found = new ArrayList<>();
		OwnOutlet own = OwnOutlet.of(context.article());
		for (SentenceText sentence : context.article().sentences()) {
			Map<String, FoundAttribution> bySource = new LinkedHashMap<>();
			cited(context, sentence).stream()
				.filter(a -> a.kind() != SourceKind.MEDIA || !own.isNamedBy(a.source()))
				.forEach(a -> bySource.putIfAbsent(a.sourceKey(), a));
			found.addAll(bySource.values());
		}
		return found;
	}

	private List<FoundAttribution> cited(ArticleContext context, SentenceText sentence) {
		List<FoundAttribution> cited = new ArrayList<>();
		String text = sentence.text();
		Matcher according = ACCORDING.matcher(text);
		while (according.find()) {
			Speaker source = SpeakerFinder.cited(context, sentence, according.start(2), according.end(2),
					according.group(2), according.group(1).toLowerCase());
			cited.add(attribution(context, sentence, source, according.start(2), according.end(2)));
		}
		Matcher verb = REPORTING_VERB.matcher(text);
		while (verb.find()) {
			String left = text.substring(0, verb.start());
			Optional<Speaker> source = AFTER_CLOSING_QUOTE.matcher(left).find()
					? speakers.after(context, sentence, left.stripTrailing().length())
					: speakers.before(context, sentence, verb.end());
			source.filter(s -> !s.cue().equals("according to")).ifPresent(s -> {
				cited.add(attribution(context, sentence, s, -1, -1));
				coordinatedWith(context, sentence, s).forEach(cited::add);
			});
		}
		Matcher shows = DOCUMENT_SHOWS.matcher(text);
		while (shows.find()) {
			String paper = shows.group(1).strip();
			cited.add(new FoundAttribution(context.article().id(), sentence.id(), paper, Lexicon.key(paper),
					SourceKind.DOCUMENT, "shows", shows.start(1), shows.end(1)));
		}
		media(context, sentence).forEach(cited::add);
		// "Pelosi said in a statement": the statement is how she said it, not a second source; a statement the
		// Kremlin released is one
		platformOrDocument(context, sentence)
			.filter(a -> a.kind() != SourceKind.DOCUMENT || cited.isEmpty() || a.cue().equals(ISSUED)
					|| a.cue().equals(PARTICULAR))
			.ifPresent(cited::add);
		if (cited.isEmpty() && REPORTEDLY.matcher(text).find()) {
			cited.add(new FoundAttribution(context.article().id(), sentence.id(), "unnamed sources", "unnamed sources",
					SourceKind.ANONYMOUS, "reportedly", 0, 0));
		}
		return cited;
	}

	/** "The New York Times and CNN suggest": every name in the list before the verb is a source. */
	private static List<FoundAttribution> coordinatedWith(ArticleContext context, SentenceText sentence, Speaker speaker) {
		List<FoundAttribution> more = new ArrayList<>();
		List<NameMention> mentions = context.mentionsIn(sentence);
		boolean joined = false;
		for (int i = mentions.size() - 1; i > 0; i--) {
			NameMention later = mentions.get(i);
			NameMention earlier = mentions.get(i - 1);
			boolean inChain = later.key().equals(speaker.key()) || more.stream().anyMatch(a -> a.sourceKey().equals(later.key()));
			String between = earlier.end() <= later.start() ? sentence.text().substring(earlier.end(), later.start()) : "";
			if (inChain && COORDINATED.matcher(between).matches()) {
				more.add(attribution(context, sentence, Speaker.of(earlier, speaker.cue()), earlier.start(), earlier.end()));
				joined |= between.contains("and");
			}
		}
		// names set apart by commas alone are no list ("while speaking in Ogden, Utah, Romney said"): a list has "and"
		return joined ? more : List.of();
	}

	/** "told the BBC", "in a recent BBC interview": a news outlet the information went through. */
	private static List<FoundAttribution> media(ArticleContext context, SentenceText sentence) {
		List<FoundAttribution> found = new ArrayList<>();
		for (NameMention mention : context.mentionsIn(sentence)) {
			String before = sentence.text().substring(0, mention.start());
			String after = sentence.text().substring(mention.end());
			// "told KTVI", "said Tuesday on PBS", "in an interview with WMUR"; not "sold its stake to Fox" nor "the ad
			// ran on CNN", where no one speaks to the outlet
			Matcher through = MEDIA_BEFORE.matcher(before);
			boolean viaMedia = through.find() && (through.group(1).equalsIgnoreCase("told")
					|| SPEECH_BEFORE_OUTLET.matcher(before.substring(0, through.start())).find()
					|| through.group(1).toLowerCase(java.util.Locale.ROOT).startsWith("in a"))
					|| after.matches("(?s)^\\s+interview\\b.*");
			if ((Lexicon.isMedia(mention.name()) || Lexicon.isCallSign(mention.name())) && viaMedia) {
				found.add(new FoundAttribution(context.article().id(), sentence.id(), mention.name(), mention.key(),
						SourceKind.MEDIA, "interview", mention.start(), mention.end()));
			}
		}
		return found;
	}

	private static Optional<FoundAttribution> platformOrDocument(ArticleContext context, SentenceText sentence) {
		Matcher post = POST.matcher(sentence.text());
		while (post.find()) {
			int group = post.group(1) != null ? 1 : 2;
			if (group == 1 && namesAPlace(context, sentence, post.start(1))) {
				// "the Benghazi post", "the Moscow message": a diplomatic post, a message from a place, no platform's
				continue;
			}
			String platform = post.group(group).strip().replaceFirst("\\s+(platform|account)$", "");
			return Optional.of(new FoundAttribution(context.article().id(), sentence.id(), platform,
					Lexicon.key(platform), SourceKind.SOCIAL_MEDIA, "post", post.start(group), post.end(group)));
		}
		Matcher document = DOCUMENT.matcher(sentence.text());
		if (document.find()) {
			String name = document.group(1).replaceFirst("(?i)^(an?|the)\\s+", "");
			NameMention issuer = context.subjectOf(sentence);
			boolean issued = sentence.text().substring(0, document.start(1)).matches("(?s).*\\b(released|issued|published)\\s+$");
			boolean byIssuer = issued && issuer != null;
			if (byIssuer) {
				name = issuer.name() + " " + name.substring(name.lastIndexOf(' ') + 1);
			}
			Matcher particular = PARTICULAR_PAPER.matcher(sentence.text())
				.region(document.end(1), sentence.text().length())
				.useTransparentBounds(true);
			// "a letter to the senators", named whole as a reader cites it; "the letter sent to John Brennan" is a
			// letter the story is about
			if (!byIssuer && document.group(1).matches("(?i)an?\\s.*") && particular.lookingAt()) {
				String whole = document.group(1) + sentence.text().substring(document.end(1), particular.end(1));
				return Optional.of(new FoundAttribution(context.article().id(), sentence.id(), whole,
						Lexicon.key(whole), SourceKind.DOCUMENT, PARTICULAR, document.start(1), particular.end(1)));
			}
			return Optional.of(new FoundAttribution(context.article().id(), sentence.id(), name, Lexicon.key(name),
					SourceKind.DOCUMENT, byIssuer ? ISSUED : "statement", document.start(1), document.end(1)));
		}
		return Optional.empty();
	}

	private static boolean namesAPlace(ArticleContext context, SentenceText sentence, int at) {
		return context.mentionsIn(sentence).stream().anyMatch(m -> m.start() == at && m.kind() == EntityKind.PLACE);
	}

	private static FoundAttribution attribution(ArticleContext context, SentenceText sentence, Speaker speaker,
			int start, int end) {
		int at = start >= 0 ? start : Math.max(0, sentence.text().indexOf(speaker.text()));
		int to = start >= 0 ? end : at + (sentence.text().contains(speaker.text()) ? speaker.text().length() : 0);
		return new FoundAttribution(context.article().id(), sentence.id(), speaker.text(), speaker.key(),
				kindOf(context, speaker), speaker.cue(), at, to);
	}

	/** A person the story names, by a name not only of outlets' words ("Fox" alone may be the network). */
	private static boolean namedPerson(ArticleContext context, Speaker speaker) {
		return speaker.named() && context.kindOf(speaker.key()) == EntityKind.PERSON
				&& Arrays.stream(speaker.text().split("\\s+")).anyMatch(word -> !Lexicon.MEDIA_WORDS.contains(word));
	}

	/** "the U.S. Attorney’s Office": an office, whoever's title it carries. */
	private static boolean namesAnOffice(String description) {
		Matcher owned = OWNED_LAST_WORD.matcher(description.strip());
		return owned.find() && Lexicon.ORGANISATION_WORDS.contains(owned.group(1));
	}

	static SourceKind kindOf(ArticleContext context, Speaker speaker) {
		// a news agency is media; "an agency spokesperson" and "a watchdog agency" are not; nor is a person whose name
		// holds an outlet's word ("Vicente Fox")
		if (!namedPerson(context, speaker) && (Lexicon.isMedia(speaker.text())
				|| speaker.text().matches("(?i).*\\b(media|news agenc(?:y|ies)|newspapers?)\\b.*"))) {
			return SourceKind.MEDIA;
		}
		if (!speaker.named()) {
			if (Cues.describesDocument(speaker.text())) {
				return SourceKind.DOCUMENT;
			}
			// "the Great Elephant Census": a name the tagger missed, not an unnamed source ("Officials" is one)
			boolean name = PROPER_NAME.matcher(speaker.text()).matches()
					&& (!Cues.describesPeopleOrPapers(speaker.text()) || namesAnOffice(speaker.text()));
			return name ? SourceKind.ORGANISATION : SourceKind.ANONYMOUS;
		}
		EntityKind kind = context.kindOf(speaker.key());
		return switch (kind) {
			case PERSON -> SourceKind.PERSON;
			case UNKNOWN -> Lexicon.isOrganisation(speaker.text()) ? SourceKind.ORGANISATION : SourceKind.PERSON;
			default -> SourceKind.ORGANISATION;
		};
	}

}
