package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.parallax.stories.ArticleText.SentenceText;

/**
 * Finds the quotes of an article with their speakers. A quote that continues a speaker's words without a new
 * cue ("“I don’t call it a breakthrough,” he said. “We have been working at this…”") is theirs too. Scare
 * quotes and titles, which nobody is quoted as saying, are left out.
 */
class QuoteFinder {

	private static final int MIN_FULL_QUOTE_WORDS = 4;

	private static final int MAX_SCARE_QUOTE_WORDS = 3;

	private final SpeakerFinder speakers = new SpeakerFinder();

	/**
	 * Quotes paragraph by paragraph. A quote without a cue of its own is the last speaker's of its paragraph, or,
	 * when its paragraph opens with it, the last speaker's of the paragraph before (a quote that runs over
	 * several paragraphs, or that an introduction such as "Trump tweeted:" announces). Words quoted in a sentence
	 * that attributes nothing are its subject's ("the Safari Club sent out a “call to arms”"), or, with no
	 * subject named, the source's of the paragraph before ("she was found to have a “transverse sinus venous
	 * thrombosis”" after a paragraph citing her doctor's statement).
	 */
	List<FoundQuote> find(ArticleContext context) {
		List<FoundQuote> quotes = new ArrayList<>();
		Speaker carried = null;
		List<List<SentenceText>> paragraphs = List.copyOf(context.paragraphs().values());
		for (int p = 0; p < paragraphs.size(); p++) {
			List<SentenceText> sentences = paragraphs.get(p);
			List<SentenceText> next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1) : null;
			String text = ArticleContext.paragraphText(sentences);
			Speaker previous = null;
			QuoteSpan previousSpan = null;
			for (QuoteSpan span : QuoteMarks.find(text)) {
				SentenceText first = sentenceAt(sentences, span.start());
				SentenceText last = sentenceAt(sentences, Math.max(span.start(), span.end() - 1));
				int start = span.start() - first.start();
				int endInLast = span.end() - last.start();
				boolean partial = isPartial(first, start, span);
				if (partial && namesAWork(first, start, span)) {
					continue;
				}
				// A quote embedded in a sentence is attributed by the verb that governs it, before it; a whole
				// utterance by the tag after it ("…,” he said).
				Optional<Speaker> speaker = partial ? partialQuoteSpeaker(context, first, start, last, endInLast, span)
						: speakers.after(context, last, endInLast).or(() -> speakers.before(context, first, start))
							.or(() -> runsOn(text, span) && next != null ? continuationTag(context, next)
									: Optional.empty());
				Speaker inherited = previous != null ? previous
						: text.substring(0, span.start()).isBlank() ? carried
								: Optional.ofNullable(leadIn(context, sentences, first, start))
									.orElse(partial && !Cues.ANY_CUE.matcher(first.text()).find()
											? subjectBefore(context, first, start).orElse(carried) : null);
				QuoteSpan question = previousSpan;
				Speaker who = speaker.or(() -> answerOfTheOneAsked(context, sentences, text, question, span))
					.orElse(inherited);
				previousSpan = span;
				if (who == null && !isSpeech(first, start, span)) {
					continue;
				}
				quotes.add(new FoundQuote(context.article().id(), first.id(), start, span.end() - first.start(),
						span.text().strip(), partial, who == null ? null : who.text(),
						who == null ? null : who.key(), who == null ? null : who.cue(),
						venue(first, last, start, span, partial)));
				if (who != null) {
					context.spoke(first, start, who);
					previous = who;
				}
			}
			carried = previous != null ? previous : introduction(context, sentences, text)
				.or(() -> closingAttribution(context, sentences))
				.orElseGet(() -> leadIn(context, sentences, null, 0));
		}
		return quotes;
	}

	/**
	 * Words quoted inside a sentence belong to the source the sentence cites ("according to the indictment"), else
	 * to the verb before them — unless they close on a comma with a tag after them ("… would “enhance the
	 * survival of the species,” a spokesperson said"), which names the speaker outright. Failing all, a tag that
	 * ends the sentence ("In 2013, she tested “negative” for clotting disorders, …, Bardack said.") reports it all,
	 * and else a source it cites after them ("…, according to the documents").
	 */
	private Optional<Speaker> partialQuoteSpeaker(ArticleContext context, SentenceText first, int start,
			SentenceText last, int endInLast, QuoteSpan span) {
		Optional<Speaker> tagged = span.text().stripTrailing().endsWith(",") ? speakers.tag(context, last, endInLast)
				: Optional.empty();
		return tagged.or(() -> speakers.sourceOfSentence(context, first, start))
			.or(() -> speakers.before(context, first, start))
			.or(() -> speakers.after(context, last, endInLast))
			.or(() -> speakers.closingTagOf(context, last))
			.or(() -> speakers.sourceCitedAfter(context, last, endInLast));
	}

	/**
	 * "The Safari Club sent out a “call to arms”", "The lawsuit, which …, accused Colorado of a “scheme”": the
	 * sentence's subject, named or described before the quote.
	 */
	private static Optional<Speaker> subjectBefore(ArticleContext context, SentenceText sentence, int start) {
		NameMention subject = context.subjectOf(sentence);
		if (subject != null) {
			return subject.end() <= start && subject.kind() != EntityKind.PLACE ? Optional.of(Speaker.of(subject, ""))
					: Optional.empty();
		}
		int from = Clauses.mainClauseStart(sentence.text());
		return Clauses.describedSubject(sentence.text(), from)
			.filter(description -> from + description.length() <= start)
			.map(description -> Speaker.described(description, ""));
	}

	/**
	 * A whole quote that follows a sentence about someone, with no cue of its own, is theirs: "On Tuesday, Dukes
	 * walked out of the courthouse, saying she felt no anger. “Wal-Mart may be a big company.”"
	 */
	private static Speaker leadIn(ArticleContext context, List<SentenceText> sentences, SentenceText first, int start) {
		// With no quote of its own (first == null), a paragraph's last sentence leads into the next paragraph.
		int index = first == null ? sentences.size() : sentences.indexOf(first);
		if (first != null && !first.text().substring(0, start).isBlank() || index == 0) {
			return null;
		}
		NameMention subject = context.subjectOf(sentences.get(index - 1));
		boolean person = subject != null && (subject.kind() == EntityKind.PERSON || subject.roleOnly());
		return person ? Speaker.of(subject, "") : null;
	}

	/**
	 * Whether a quote runs on past its paragraph, no mark closing it: one quoted statement of several paragraphs,
	 * whose tag ("…,” Trump tweeted.") comes where it ends.
	 */
	private static boolean runsOn(String paragraph, QuoteSpan span) {
		char last = paragraph.stripTrailing().charAt(paragraph.stripTrailing().length() - 1);
		return span.end() >= paragraph.stripTrailing().length() && "”\"’'".indexOf(last) < 0;
	}

	/**
	 * The tag after the mark that closes a quote run on from the paragraph before: the paragraph's first closing
	 * mark, when the paragraph carries the quote on (it opens with a mark again, as wire copy does, or its first mark
	 * closes); none when it opens a quote of its own.
	 */
	private Optional<Speaker> continuationTag(ArticleContext context, List<SentenceText> paragraph) {
		String text = ArticleContext.paragraphText(paragraph);
		String opening = text.stripLeading();
		int offset = text.length() - opening.length();
		boolean reopens = opening.startsWith("“") || opening.startsWith("\"");
		int from = offset + (reopens ? 1 : 0);
		int curly = text.indexOf('”', from);
		int straight = text.indexOf('"', from);
		int open = text.indexOf('“', from);
		int close = curly >= 0 && (straight < 0 || curly < straight) ? curly : straight;
		if (close < 0 || open >= 0 && open < close) {
			return Optional.empty();
		}
		SentenceText sentence = sentenceAt(paragraph, close);
		return speakers.after(context, sentence, close - sentence.start() + 1);
	}

	/**
	 * The attribution after a quotation that began in an earlier paragraph: "Was supposed to leave in February,"
	 * Trump tweeted.
	 */
	private Optional<Speaker> closingAttribution(ArticleContext context, List<SentenceText> sentences) {
		for (int i = sentences.size() - 1; i >= 0; i--) {
			SentenceText sentence = sentences.get(i);
			int close = Math.max(sentence.text().lastIndexOf('”'), sentence.text().lastIndexOf('"'));
			if (close >= 0) {
				return speakers.after(context, sentence, close + 1);
			}
		}
		return Optional.empty();
	}

	/** "…, Trump wrote on Twitter:" at a paragraph's end introduces the quote that opens the next. */
	private Optional<Speaker> introduction(ArticleContext context, List<SentenceText> sentences, String text) {
		if (!text.stripTrailing().endsWith(":")) {
			return Optional.empty();
		}
		SentenceText last = sentences.get(sentences.size() - 1);
		return speakers.before(context, last, last.text().stripTrailing().length());
	}

	/** What introduces an answer: "His response:", "Her reply:". */
	private static final Pattern ANSWER_INTRODUCED = Pattern
		.compile("^[\\s”\"]*(?:His|Her|Their|The)\\s+(?:\\p{L}+\\s+)?(?:response|reply|answer|retort)\\s*:\\s*[“\"]?$");

	/** "X asked Y, " before a question: Y. */
	private static final Pattern ASKED = Pattern.compile("\\basked\\s+$");

	/**
	 * "Vieira asked Trump, “You've been privy to all of this?” His response: “Well, I have people…”": the answer is
	 * the one asked's, not the asker's, who spoke last.
	 */
	private static Optional<Speaker> answerOfTheOneAsked(ArticleContext context, List<SentenceText> sentences,
			String paragraph, QuoteSpan question, QuoteSpan answer) {
		if (question == null || !question.text().strip().endsWith("?")
				|| !ANSWER_INTRODUCED.matcher(paragraph.substring(question.end(), answer.start())).find()) {
			return Optional.empty();
		}
		SentenceText asking = sentenceAt(sentences, question.start());
		return context.mentionsIn(asking).stream()
			.filter(m -> m.kind() == EntityKind.PERSON && m.start() < question.start() - asking.start()
					&& ASKED.matcher(asking.text().substring(0, m.start())).find())
			.reduce((first, second) -> second)
			.map(m -> Speaker.of(m, "answered"));
	}

	/** Where it was said: for an embedded quote, told by the words leading up to it; else by its sentences. */
	private static String venue(SentenceText first, SentenceText last, int start, QuoteSpan span, boolean partial) {
		if (partial) {
			return Venues.find(first.text().substring(0, Math.min(first.text().length(), span.end() - first.start())));
		}
		return Venues.find(first.text() + (last == first ? "" : " " + last.text()));
	}

	private static SentenceText sentenceAt(List<SentenceText> sentences, int offset) {
		SentenceText found = sentences.get(0);
		for (SentenceText sentence : sentences) {
			if (sentence.start() <= offset) {
				found = sentence;
			}
		}
		return found;
	}

	/** A full quote is a whole utterance: it opens its sentence or follows a colon. */
	private static boolean isPartial(SentenceText sentence, int start, QuoteSpan span) {
		String lead = sentence.text().substring(0, start).strip();
		boolean opens = lead.isEmpty() || lead.endsWith(":") || lead.matches("(?i).*\\b(" + Cues.VERBS + "|"
				+ Cues.PARTICIPLES + "),$");
		return !opens || span.words() < MIN_FULL_QUOTE_WORDS;
	}

	/** Unattributed marks around a few words, a title or a term are not speech. */
	private static boolean isSpeech(SentenceText sentence, int start, QuoteSpan span) {
		if (Cues.NOT_SPEECH_BEFORE.matcher(sentence.text().substring(0, start)).find()) {
			return false;
		}
		return span.words() > MAX_SCARE_QUOTE_WORDS && !isTitleCase(span.text());
	}

	/** What follows a work's title in quotation marks: "NBC's “Today” show". */
	private static final Pattern WORK_AFTER = Pattern.compile("^[,.]?[”\"]?\\s*(?:show|program|programme|series|podcast"
			+ "|column|broadcast|documentary|film|movie|book|segment|special)\\b");

	/**
	 * What precedes a programme's title or a name given in quotation marks: "said on “Face the Nation”", "will appear
	 * on Fox News Channel's “Tucker Carlson Tonight”", "the PBS television program “Charlie Rose”", "used the handle
	 * “Guccifer 2.0”", "told Credico (“Person 2”)".
	 */
	private static final Pattern WORK_BEFORE = Pattern.compile("(?:\\bon\\s+(?:(?:[A-Z][\\w.&-]*\\s+){0,4}[A-Z][\\w.&-]*"
			+ "['’]s?\\s+)?(?:the\\s+)?|\\b(?:program|programme|show|series|handle|account)\\s+|\\(\\s*)[“\"]?$");

	/**
	 * Whether quoted words are the title of a programme or a work, or a name, not anyone's words: "on NBC's “Today”
	 * show", "said on “Face the Nation”", "the Pentagon chief, nicknamed “Mad Dog Mattis”". Only words in title case,
	 * and whoever a sentence names before them ("the Pentagon chief") did not say them.
	 */
	private static boolean namesAWork(SentenceText sentence, int start, QuoteSpan span) {
		if (!isTitleCase(span.text()) || span.words() > MAX_TITLE_WORDS) {
			return false;
		}
		String text = sentence.text();
		int end = Math.min(text.length(), start + span.end() - span.start());
		String before = text.substring(0, start);
		return WORK_AFTER.matcher(text.substring(end)).find() || WORK_BEFORE.matcher(before).find()
				|| Cues.NOT_SPEECH_BEFORE.matcher(before.replaceFirst("[“\"]$", "")).find();
	}

	private static final int MAX_TITLE_WORDS = 8;

	private static boolean isTitleCase(String text) {
		String[] words = text.strip().split("\\s+");
		return words.length <= 8 && java.util.Arrays.stream(words)
			.allMatch(w -> w.isEmpty() || !Character.isLetter(w.charAt(0)) || Character.isUpperCase(w.charAt(0))
					|| w.matches("(of|the|a|an|and|in|on|to|for|with|at|by|from)"));
	}

}
