package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.analysis.SentenceFacts;
import io.parallax.analysis.SentenceFacts.Quantity;
import io.parallax.text.ContentWords;
import org.junit.jupiter.api.Test;

/**
 * What counts as a disagreement between outlets, on cases from the development corpus: a quote's excerpt or an
 * editor's insertion is the same statement, one changed word of substance is not; a rounded figure is the same
 * figure, a different exact one is not.
 */
class DifferencesTest {

	@Test
	void oneChangedWordOfSubstanceIsADifferentWording() {
		assertThat(QuotedStatements.materiallyDifferent("We don't want him. We reject his visit.",
				"we don't like him, we don't want him. We reject his message.")).isTrue();
	}

	@Test
	void anExcerptIsTheSameStatement() {
		assertThat(QuotedStatements.materiallyDifferent("legitimate rape,",
				"If it's a legitimate rape, the female body has ways to try to shut that whole thing down.")).isFalse();
		assertThat(QuotedStatements.materiallyDifferent("From what I understand from doctors, that's really rare,",
				"It seems to me first of all, from what I understand from doctors, that's really rare,")).isFalse();
	}

	@Test
	void twoPartsOfAStatementAThirdQuotesWholeAreOneStatement() {
		String whole = "As I said yesterday, his comments were offensive and wrong and he should consider what course "
				+ "would be best. Today, his fellow Missourians urged him to step aside, and I think he should accept "
				+ "their counsel.";
		String first = "As I said yesterday, his comments were offensive and wrong and he should consider what course "
				+ "would be best,";
		String second = "Today, his fellow Missourians urged him to step aside, and I think he should accept their counsel,";
		assertThat(QuotedStatements.differentWording(List.of(whole, first, second))).isFalse();
		assertThat(QuotedStatements.differentWording(List.of(first, second)))
			.as("two parts that share few words are not two wordings of one quote").isFalse();
		assertThat(QuotedStatements.differentWording(List.of(whole, first,
				"Today, his fellow Missourians urged him to quit, and I think he should accept their counsel,")))
			.as("a part with a changed word of substance still differs").isTrue();
	}

	@Test
	void twoExcerptsOfOneStatementAreNoWordingDifference() {
		assertThat(QuotedStatements.differentWording(List.of("asserts his innocence of any wrongdoing",
				"asserts his innocence", "a politically driven vendetta."))).isFalse();
		assertThat(QuotedStatements.differentWording(List.of("I used money that should have been used for my campaign.",
				"I used money I shouldn’t have used for personal purposes."))).isTrue();
	}

	@Test
	void quotationMarksInsideAQuoteAreNoWordingDifference() {
		assertThat(QuotedStatements.materiallyDifferent("He called them his 'ass-saver' tapes,",
				"He called them his ass-saver tapes,")).isFalse();
		assertThat(QuotedStatements.materiallyDifferent("We won't ‘back down’ now,", "We won't back down now.")).isFalse();
		assertThat(QuotedStatements.materiallyDifferent("We won't back down now,", "We will back down now.")).isTrue();
	}

	@Test
	void aDroppedFunctionWordOrAnEditorsInsertionIsTheSameStatement() {
		assertThat(QuotedStatements.materiallyDifferent("are alleged to be both discriminators and victims.",
				"this class includes at least 544 store managers who are alleged to be discriminators and victims."))
			.isFalse();
		assertThat(QuotedStatements.materiallyDifferent(
				"Then in the next breath, you say, well, now these (local) supervisors have too much discretion.",
				"Then in the next breath, you say, well, now these supervisors have too much discretion.")).isFalse();
	}

	@Test
	void aContractionWrittenOutIsTheSameStatement() {
		// Pelosi outside the White House, 3 January 2019: HuffPost's and The New York Times's transcriptions
		assertThat(QuotedStatements.materiallyDifferent("We’re asking the president to open the government,",
				"We are asking the president to open up government. Why would he not do it?")).isFalse();
		assertThat(QuotedStatements.materiallyDifferent("We don't want him here.", "We do not want him here."))
			.isFalse();
		assertThat(QuotedStatements.materiallyDifferent("We're not going to do it,", "We aren't going to do it."))
			.isFalse();
		assertThat(QuotedStatements.materiallyDifferent("I can't accept that,", "I cannot accept that.")).isFalse();
		assertThat(QuotedStatements.materiallyDifferent("Because we're gonna go in there, and we're gonna impeach him.",
				"Because we're going to go in there, and we're going to impeach him.")).isFalse();
	}

	@Test
	void anAbbreviationWithOrWithoutItsDotsIsTheSameStatement() {
		// Grimm's lawyer, 28 April 2014: HuffPost and The New York Times
		assertThat(QuotedStatements.materiallyDifferent("a Member of Congress, Marine Corps combat veteran, and decorated "
				+ "FBI Special Agent.", "a member of Congress, Marine Corps combat veteran and decorated F.B.I. special agent."))
			.isFalse();
		assertThat(QuotedStatements.materiallyDifferent("We will secure the U.S. border first.",
				"We will secure the US border first.")).isFalse();
	}

	@Test
	void aVerbHeardInAnotherTenseIsTheSameStatement() {
		// Tlaib's speech of 3 January 2019, as HuffPost and Fox News transcribed it
		assertThat(QuotedStatements.materiallyDifferent("And I say, ‘Baby, they don’t.’ Because we’re going to go in there,",
				"And I said, ‘Baby, they don’t.’ Because we’re going to go in there,")).isFalse();
		assertThat(QuotedStatements.materiallyDifferent("The men went to the border on Monday,",
				"The man goes to the border on Monday,")).isFalse();
		assertThat(QuotedStatements.materiallyDifferent("The men went to the border on Monday,",
				"The men went to the capital on Monday,")).as("another word of substance").isTrue();
	}

	@Test
	void aWordHeardInTheSingularOrThePluralIsTheSameStatement() {
		// Santorum on CBS, 19 February 2012: Fox News's and HuffPost's transcriptions
		assertThat(QuotedStatements.materiallyDifferent("I was talking about the radical environmentalist,",
				"I was talking about the radical environmentalists,")).isFalse();
	}

	@Test
	void aNameSpeltAnotherWayIsTheSameStatement() {
		// Trump on Libya, 2011: Fox News's and HuffPost's transcriptions
		assertThat(QuotedStatements.materiallyDifferent(
				"nobody knows what's happening, and now it looks like (Libyan strongman Muammar) al-Qaddafi is going to beat the United States.",
				"nobody knows what's happening, and now it looks like (Libyan strongman Moammar) Gadhafi is going to beat the United States."))
			.isFalse();
		assertThat(QuotedStatements.materiallyDifferent("We met Zelenskiy in Kyiv on Monday.", "We met Zelensky in Kyiv on Monday."))
			.isFalse();
		assertThat(QuotedStatements.materiallyDifferent("We met Zelensky in Kyiv on Monday.", "We met Putin in Kyiv on Monday."))
			.as("another name").isTrue();
		assertThat(QuotedStatements.materiallyDifferent("I will write it down tomorrow.", "I will right it down tomorrow."))
			.as("common words that sound alike").isTrue();
	}

	@Test
	void aTitleWrittenShortOrACensoredWordIsTheSameStatement() {
		assertThat(QuotedStatements.materiallyDifferent("Sen. Reid respects that but thinks that the mosque should be built someplace else.",
				"Senator Reid respects that but thinks that the mosque should be built someplace else.")).isFalse();
		assertThat(QuotedStatements.materiallyDifferent("I’m not going to pay for that f***ing wall!",
				"I’m not going to pay for that fucking wall,")).isFalse();
		assertThat(QuotedStatements.materiallyDifferent("I’m not going to pay for that f***ing wall!",
				"I’m not going to pay for that stupid wall,")).as("another word").isTrue();
	}

	@Test
	void twoExcerptsThatOverlapAreTheSameStatement() {
		// a Romney campaign advertisement, 2012: Fox News and The New York Times quote different stretches of it
		assertThat(QuotedStatements.materiallyDifferent(
				"You paid in to Medicare for years … now when you need it, Obama has cut $716 billion from Medicare. Why? To pay for ObamaCare.",
				"Now when you need it, Obama has cut $716 billion from Medicare. Why? To pay for Obamacare. So now the money you paid for your guaranteed health care is going to a massive new government program that’s not for you."))
			.isFalse();
		assertThat(QuotedStatements.materiallyDifferent("will always speak truth to power. #unapologeticallyMe.",
				"I will always speak truth to power")).isFalse();
	}

	@Test
	void aDroppedNegationIsADifferentStatement() {
		assertThat(QuotedStatements.materiallyDifferent("We will not back down now,", "We will back down now."))
			.isTrue();
		assertThat(QuotedStatements.materiallyDifferent("They didn't know about it,", "They did know about it."))
			.isTrue();
	}

	@Test
	void twoDifferentStatementsDiffer() {
		assertThat(QuotedStatements.materiallyDifferent("I used money that should have been used for my campaign.",
				"I used money I shouldn't have used for personal purposes.")).isTrue();
	}

	@Test
	void differentDatesAreAFlagOnlyWhenWrittenOutAsCalendarDatesAtOnePrecision() {
		assertThat(Differences.firmDates(List.of(date("Jan. 20, 2017", "2017-01-20", "DAY"),
				date("January 21, 2017", "2017-01-21", "DAY")))).isTrue();
		assertThat(Differences.firmDates(List.of(date("2013", "2013-01-01", "YEAR"), date("2003", "2003-01-01", "YEAR"))))
			.isTrue();
		assertThat(Differences.firmDates(List.of(date("Tuesday", "2016-08-30", "DAY"),
				date("on Wednesday", "2016-08-31", "DAY")))).as("weekdays, counted from each article's day").isFalse();
		assertThat(Differences.firmDates(List.of(date("yesterday", "2016-08-30", "DAY"),
				date("Aug. 31", "2016-08-31", "DAY")))).isFalse();
		assertThat(Differences.firmDates(List.of(date("November", "2014-11-01", "MONTH"),
				date("Nov. 14", "2014-11-14", "DAY")))).as("different precisions").isFalse();
	}

	@Test
	void oneWeekdayCountedFromTwoDaysOfPublicationIsNoDifference() {
		DraftClaim claim = dated("The House voted on the bill on Monday.", date("Monday", "2010-06-14", "DAY"),
				"Lawmakers voted on the bill Monday.", date("Monday", "2010-06-21", "DAY"));
		assertThat(Differences.of(claim)).as("the outlets wrote the same").extracting(ClaimDifference::kind)
			.doesNotContain("DATE");
		DraftClaim morning = dated("Boehner gave the interview to Fox News to air Tuesday morning.",
				date("Tuesday morning", "2012-04-17", "DAY"), "Boehner gave the interview to Fox News on Tuesday.",
				date("Tuesday", "2012-04-10", "DAY"));
		assertThat(Differences.of(morning)).as("the same weekday, one with its time of day")
			.extracting(ClaimDifference::kind).doesNotContain("DATE");
	}

	@Test
	void oneDateGivenAtTwoPrecisionsIsNoDifference() {
		DraftClaim claim = dated("The House voted on the bill on Wednesday.", date("Wednesday", "2016-09-28", "DAY"),
				"The House voted on the bill in September.", date("September", "2015-09-01", "MONTH"));
		assertThat(Differences.of(claim)).as("a day and a month (even of another year, as a yearless month reads)")
			.extracting(ClaimDifference::kind).doesNotContain("DATE");
	}

	@Test
	void twoWeekdaysForOneVoteAreWorthChecking() {
		DraftClaim claim = dated("The House voted to override the veto on Wednesday.",
				date("Wednesday", "2016-09-28", "DAY"), "The House voted to override the veto on Thursday.",
				date("Thursday", "2016-09-29", "DAY"));
		assertThat(Differences.of(claim)).filteredOn(d -> d.kind().equals("DATE")).singleElement()
			.extracting(ClaimDifference::firm).isEqualTo(false);
		LocalDate day = LocalDate.parse("2016-09-29");
		assertThat(Differences.of(claim, Map.of(1L, day, 2L, day))).as("written on one day")
			.filteredOn(d -> d.kind().equals("DATE")).hasSize(1);
		assertThat(Differences.of(claim, Map.of(1L, day, 2L, day.plusDays(1))))
			.as("written on two days: the latest step each knew of").extracting(ClaimDifference::kind)
			.doesNotContain("DATE");
		DraftClaim calendar = dated("The House voted to override the veto on 28 September.",
				date("28 September", "2016-09-28", "DAY"), "The House voted to override the veto on 29 September.",
				date("29 September", "2016-09-29", "DAY"));
		assertThat(Differences.of(calendar, Map.of(1L, day, 2L, day.plusDays(1))))
			.as("calendar dates are compared whenever they were written").filteredOn(d -> d.kind().equals("DATE"))
			.singleElement().extracting(ClaimDifference::firm).isEqualTo(true);
	}

	@Test
	void twoPeriodsOfOneTermDiffer() {
		OneSentencePerArticle sentences = new OneSentencePerArticle();
		DraftClaim claim = sentences.claim(
				sentences.sentence("Edward Brooke held the seat from 1966 to 1978.", new SentenceFacts(1L, Set.of(),
						List.of(date("1966", "1966-01-01", "YEAR"), date("1978", "1978-01-01", "YEAR")), List.of())),
				sentences.sentence("Edward Brooke held the seat from 1967 to 1979.", new SentenceFacts(2L, Set.of(),
						List.of(date("1967", "1967-01-01", "YEAR"), date("1979", "1979-01-01", "YEAR")), List.of())));
		assertThat(Differences.of(claim)).filteredOn(d -> d.kind().equals("DATE")).singleElement()
			.satisfies(d -> assertThat(d.values().values()).containsExactlyInAnyOrder("1966 to 1978", "1967 to 1979"))
			.extracting(ClaimDifference::firm).isEqualTo(true);
		DraftClaim same = sentences.claim(
				sentences.sentence("Edward Brooke held the seat from 1967 to 1979.", new SentenceFacts(3L, Set.of(),
						List.of(date("1967", "1967-01-01", "YEAR"), date("1979", "1979-01-01", "YEAR")), List.of())),
				sentences.sentence("Brooke served 1967–1979.", new SentenceFacts(4L, Set.of(),
						List.of(date("1967", "1967-01-01", "YEAR"), date("1979", "1979-01-01", "YEAR")), List.of())));
		assertThat(Differences.of(same)).extracting(ClaimDifference::kind).doesNotContain("DATE");
		DraftClaim twoFacts = sentences.claim(
				sentences.sentence("Brooke was elected in 1966 and retired in 1978.", new SentenceFacts(5L, Set.of(),
						List.of(date("1966", "1966-01-01", "YEAR"), date("1978", "1978-01-01", "YEAR")), List.of())),
				sentences.sentence("Brooke held the seat from 1967 to 1979.", new SentenceFacts(6L, Set.of(),
						List.of(date("1967", "1967-01-01", "YEAR"), date("1979", "1979-01-01", "YEAR")), List.of())));
		assertThat(Differences.of(twoFacts)).as("two dates that are no period").extracting(ClaimDifference::kind)
			.doesNotContain("DATE");
		List<ClaimSentence> offices = List.of(
				period(7L, 1L, "He was the state's lieutenant governor from 1993 to 1996.", "1993", "1996"),
				period(8L, 1L, "He was Arkansas governor from 1996 to 2007.", "1996", "2007"),
				period(9L, 2L, "He was the longest-serving Arkansas governor, from 1996 to 2007.", "1996", "2007"));
		DraftClaim twoOffices = new DraftClaim(new SentenceSimilarity(offices));
		offices.forEach(twoOffices::add);
		assertThat(Differences.of(twoOffices)).as("an article that gives two periods tells two facts")
			.extracting(ClaimDifference::kind).doesNotContain("DATE");
	}

	@Test
	void differentDatesOfTwoFactsInOneClaimAreNoFlag() {
		// Christie's campaign launch, 30 June 2015: The New York Times and HuffPost
		String times = "“Unlike some people who offer themselves for president in 2016, you won’t have to wonder whether I "
				+ "can do it or not,” he said, invoking the “economic calamity” he said he inherited in 2010 and the "
				+ "“unprecedented natural disaster,” Hurricane Sandy, that he weathered as governor.";
		String huffPost = "He notably led the state during catastrophic damage from Hurricane Sandy in 2012.";
		assertThat(Differences.clauseAround(times, "2010")).contains("inherit").doesNotContain("hurrican", "2010");
		assertThat(Differences.valuesOfOneFact(Map.of(1L, date("2010", "2010-01-01", "YEAR"), 2L,
				date("2012", "2012-01-01", "YEAR")), Map.of(1L, times, 2L, huffPost))).isFalse();
		assertThat(Differences.valuesOfOneFact(Map.of(1L, date("Jan. 20, 2017", "2017-01-20", "DAY"), 2L,
				date("January 21, 2017", "2017-01-21", "DAY")),
				Map.of(1L, "Trump was sworn in on Jan. 20, 2017, at the Capitol.", 2L,
						"The inauguration of Trump took place on January 21, 2017.")))
			.as("one event, told in other words").isTrue();
	}

	@Test
	void figuresOfTwoFactsInOneClaimAreNoFlag() {
		// the aide who criticised the Obama daughters, 2014: The New York Times and Fox News
		assertThat(Differences.valuesOfOneFact(Map.of(1L, count("31"), 2L, count("16")), Map.of(1L,
				"On Friday, the aide, Elizabeth Lauten, 31, who has more than 14,000 followers on Twitter, wrote an open letter.",
				2L, "Elizabeth Lauten wrote in a now-deleted Facebook post Friday that Malia and Sasha Obama, aged 16 and 13 "
						+ "respectively, should try showing a little class."))).isFalse();
		assertThat(Differences.valuesOfOneFact(Map.of(1L, count("35-word"), 2L, count("38-word")), Map.of(1L,
				"Mr. Trump took the 35-word oath administered by Chief Justice John G. Roberts Jr. precisely at noon.", 2L,
				"Chief Justice John Roberts administered the 38-word oath at 12:00 p.m."))).isTrue();
	}

	private static Quantity count(String text) {
		return new Quantity("COUNT", text, new BigDecimal(text.replaceAll("\\D", "")), "year", null, null, false);
	}

	@Test
	void aYearThatNamesAnEventDatesTheEventNotTheFact() {
		assertThat(Differences.namesAnEvent("2003",
				"Mr. Mattis commanded Marines in Afghanistan and in the 2003 invasion of Iraq before becoming the head"))
			.isTrue();
		assertThat(Differences.namesAnEvent("2008", "Blumenthal, at his 2008 speech in Norwalk, said so.")).isTrue();
		assertThat(Differences.namesAnEvent("2013", "He headed the Central Command from 2010 to 2013.")).isFalse();
		assertThat(Differences.namesAnEvent("2017", "The law took effect in 2017 across the state.")).isFalse();
		assertThat(Differences.namesAnEvent("Sept. 11",
				"Congress is set to vote to let families of those killed in the Sept. 11 attacks sue Saudi Arabia."))
			.as("a day that names an event").isTrue();
		assertThat(Differences.namesAnEvent("Sept. 11", "The Senate voted on Sept. 11 to override the veto.")).isFalse();
	}

	@Test
	void onlyVersionsOfComparableLengthAreFlaggedAsRewordings() {
		assertThat(Differences.comparedAsRewordings(wording("We reject his visit.", "We reject his message.")).firm())
			.isTrue();
		assertThat(Differences.comparedAsRewordings(wording("I used money that should have been used for my campaign.",
				"used money that shouldn't have been used,")).firm()).as("six words against eleven").isTrue();
		assertThat(Differences.comparedAsRewordings(wording(
				"I did these things. … I used money that should have been used for my campaign.",
				"used money that shouldn't have been used,")).firm()).as("against the excerpt it matches").isTrue();
		assertThat(Differences.comparedAsRewordings(wording("I did these things and I used money that should have "
				+ "been used for my campaign.", "used money that shouldn't have been used,")).firm())
			.as("six words against sixteen").isFalse();
		assertThat(Differences.comparedAsRewordings(wording("to senior Trump Campaign officials",
				"A senior Trump campaign official was directed to contact Stone about any additional releases and what "
						+ "other damaging information Organization 1 had regarding the Clinton campaign,"))
			.firm()).as("five words against twenty-five").isFalse();
	}

	private static ClaimDifference wording(String a, String b) {
		return new ClaimDifference("WORDING", Map.of(1L, a, 2L, b), true);
	}

	@Test
	void howSureASentenceSoundsByItsWordsAloneIsNoDifference() {
		OneSentencePerArticle sentences = new OneSentencePerArticle();
		DraftClaim hedged = sentences.claim(
				sentences.sentence("Trump and Putin have agreed to meet in the coming days, a Kremlin aide said.",
						noFacts(1L)),
				sentences.sentence("Trump hinted that he could meet Putin in the coming days.", noFacts(2L)));
		assertThat(Differences.of(hedged)).extracting(ClaimDifference::kind).doesNotContain("CERTAINTY");
		DraftClaim ahead = sentences.claim(
				sentences.sentence("His wife is expected to plead guilty to filing false tax returns.", noFacts(3L)),
				sentences.sentence("His wife later pleaded guilty to filing false tax returns.", noFacts(4L)));
		assertThat(Differences.of(ahead)).filteredOn(d -> d.kind().equals("CERTAINTY")).singleElement()
			.extracting(ClaimDifference::firm).isEqualTo(false);
	}

	/** The facts of a sentence that gives no date, figure or quote; its id is its article's. */
	private static SentenceFacts noFacts(long id) {
		return new SentenceFacts(id, Set.of(), List.of(), List.of());
	}

	private static ClaimSentence period(long id, long article, String text, String from, String to) {
		SentenceFacts facts = new SentenceFacts(id, Set.of(), List.of(date(from, from + "-01-01", "YEAR"),
				date(to, to + "-01-01", "YEAR")), List.of());
		return new ClaimSentence(id, article, (int) id, 0, text, new float[] { 1f }, ContentWords.of(text),
				ClaimSentence.narrativeOf(text, facts), facts, false);
	}

	/** A claim of two articles' sentences, each giving one date. */
	private static DraftClaim dated(String first, Quantity firstDate, String second, Quantity secondDate) {
		OneSentencePerArticle sentences = new OneSentencePerArticle();
		return sentences.claim(
				sentences.sentence(first, new SentenceFacts(1L, Set.of(), List.of(firstDate), List.of())),
				sentences.sentence(second, new SentenceFacts(2L, Set.of(), List.of(secondDate), List.of())));
	}

	private static Quantity date(String text, String resolved, String precision) {
		return new Quantity("DATE", text, null, null, LocalDate.parse(resolved), precision, false);
	}

	@Test
	void aRoundedFigureIsTheSameFigure() {
		assertThat(Differences.sameFigure(new BigDecimal("43000"), new BigDecimal("43350"))).isTrue();
		assertThat(Differences.sameFigure(new BigDecimal("1.5E+6"), new BigDecimal("1500000"))).isTrue();
	}

	@Test
	void differentExactFiguresDiffer() {
		assertThat(Differences.sameFigure(new BigDecimal("5587.75"), new BigDecimal("5687.75"))).isFalse();
		assertThat(Differences.sameFigure(new BigDecimal("1.5E+6"), new BigDecimal("1.6E+6"))).isFalse();
		assertThat(Differences.sameFigure(new BigDecimal("3400"), new BigDecimal("4300"))).isFalse();
		assertThat(Differences.sameFigure(new BigDecimal("7"), new BigDecimal("8"))).isFalse();
	}

	@Test
	void aPlainFigureThatMeetsTheOthersBoundAgreesWithIt() {
		FigureBound none = FigureBound.NONE;
		assertThat(FigureBound.meets(none, new BigDecimal("10.8"), FigureBound.AT_LEAST, new BigDecimal("10")))
			.as("10.8 percent is over 10 percent").isTrue();
		assertThat(FigureBound.meets(FigureBound.AT_MOST, new BigDecimal("100"), none, new BigDecimal("95")))
			.as("95 people are fewer than 100").isTrue();
		assertThat(FigureBound.meets(none, new BigDecimal("9"), FigureBound.AT_LEAST, new BigDecimal("10"))).isFalse();
		assertThat(FigureBound.meets(FigureBound.AT_MOST, new BigDecimal("1.5E+6"), FigureBound.AT_MOST,
				new BigDecimal("1.6E+6"))).as("two different bounds").isFalse();
	}

	@Test
	void aBoundIsReadFromTheWordsBeforeTheFigure() {
		assertThat(FigureBound.of("10 percent", "They gave over 10 percent to charity.")).isEqualTo(FigureBound.AT_LEAST);
		assertThat(FigureBound.of("10 percent", "They gave less than 10 percent to charity.")).isEqualTo(FigureBound.AT_MOST);
		assertThat(FigureBound.of("1.6 million women", "It covers up to 1.6 million women.")).as("the figure itself")
			.isEqualTo(FigureBound.NONE);
		assertThat(FigureBound.of("10 percent", "They gave 10 percent to charity.")).isEqualTo(FigureBound.NONE);
		assertThat(FigureBound.of("10 percent", "Moreover 10 percent went to charity.")).isEqualTo(FigureBound.NONE);
		assertThat(FigureBound.of("more than $3 million", "It raised more than $3 million.")).isEqualTo(FigureBound.AT_LEAST);
	}

	@Test
	void theOccasionAfterFourIsTheFifth() {
		String previously = "Witkoff has travelled to Moscow four times previously, visits followed by optimism.";
		String fifth = "Witkoff met with Putin for the fifth time since Trump took office.";
		assertThat(Differences.ordinalEquivalent(count("four times", 4), previously)).isEqualByComparingTo("5");
		assertThat(Differences.ordinalEquivalent(count("fifth time", 5), fifth)).isEqualByComparingTo("5");
		assertThat(Differences.ordinalEquivalent(count("four trips", 4), "Witkoff has made four trips to Moscow this year."))
			.as("four trips are four, not the fifth").isNull();
	}

	@Test
	void oneOutletsTwoWordingsOfAStatementAreNoDisagreementBetweenOutlets() {
		DraftClaim claim = new DraftClaim(new SentenceSimilarity(List.of()));
		claim.add(quoting(100, "“We will not back down from this fight,” she said.", "We will not back down from this fight"));
		claim.add(quoting(100, "“We will never retreat from this fight,” she said later.", "We will never retreat from this fight"));
		claim.add(quoting(200, "“We will not back down from this fight,” the mayor said.", "We will not back down from this fight"));
		assertThat(Differences.of(claim)).extracting(ClaimDifference::kind).doesNotContain("WORDING");
	}

	@Test
	void aStatementQuotedWithAWordOfGrammarChangedIsWorthCheckingNotAFlag() {
		assertThat(wordingOf("“It's destructive to the fabric of the relationship,” Rice said.",
				"It's destructive to the fabric of the relationship",
				"“I think it’s destructive of the fabric of the relationship,” Ms. Rice said.",
				"I think it’s destructive of the fabric of the relationship"))
			.as("'to' against 'of'").singleElement().extracting(ClaimDifference::firm).isEqualTo(false);
		assertThat(wordingOf("He said “we will win the case in the end.”", "we will win the case in the end",
				"He said “we will surely win the case in the end, whatever they say.”",
				"we will surely win the case in the end, whatever they say"))
			.as("a word of substance left out inside what both quote").singleElement()
			.extracting(ClaimDifference::firm).isEqualTo(false);
	}

	@Test
	void aWordOfGrammarMoreOrLessOrANumberInWordsIsTheSameWording() {
		assertThat(wordingOf("He said “the issuing of permits is put on hold.”", "the issuing of permits is put on hold",
				"He said “the issuing of permits is being put on hold as the decision is being removed.”",
				"the issuing of permits is being put on hold as the decision is being removed"))
			.as("'being' left out").isEmpty();
		assertThat(wordingOf("“Tom Brady, George Clooney, James Bond, the president have nothing on him.”",
				"Tom Brady, George Clooney, James Bond, the president have nothing on him.",
				"“Tom Brady, George Clooney, James Bond and the president have nothing on him,” she said.",
				"Tom Brady, George Clooney, James Bond and the president have nothing on him,"))
			.as("'and' added").isEmpty();
		assertThat(wordingOf("He put it at “a two-in-three chance that we win control of the House.”",
				"a two-in-three chance that we win control of the House.",
				"He said “there is a 2 in 3 chance that we win control of the House again.”",
				"there is a 2 in 3 chance that we win control of the House again."))
			.as("a number in words or in digits").isEmpty();
	}

	@Test
	void anExcerptOrTheSameWordsAreNoDifferenceOfWording() {
		assertThat(wordingOf("He said “the issuing of permits is being put on hold.”",
				"the issuing of permits is being put on hold",
				"He said “the issuing of permits is being put on hold as the decision is being removed.”",
				"the issuing of permits is being put on hold as the decision is being removed"))
			.as("an excerpt").isEmpty();
		assertThat(wordingOf("“We’re going to confront the crisis … we have to do it,” he said.",
				"We’re going to confront the crisis … we have to do it",
				"“We are going to confront the crisis on our border, and then we have to do it,” he said.",
				"We are going to confront the crisis on our border, and then we have to do it"))
			.as("excerpts joined by an ellipsis, a contraction written out").isEmpty();
		assertThat(wordingOf("“President Zelensky will come,” she said.", "President Zelensky will come",
				"“President Zelenskiy will come,” she said.", "President Zelenskiy will come"))
			.as("a name spelt another way").isEmpty();
		assertThat(wordingOf("“I think President Peña is taking a risk,” Fox said.", "I think President Peña is taking a risk",
				"“I think the President Peña is taking a risk,” Fox said.", "I think the President Peña is taking a risk"))
			.as("an article added").isEmpty();
	}

	@Test
	void aQuotationOpenedAWordEarlierOrACompoundWrittenOpenIsTheSameWording() {
		assertThat(wordingOf("“However, we would be remiss … if we did not challenge your misuse of Catholic teaching.”",
				"However, we would be remiss … if we did not challenge your misuse of Catholic teaching.",
				"The letter says, “We would be remiss in our duty to you and our students if we did not challenge your "
						+ "misuse of Catholic teaching.”",
				"We would be remiss in our duty to you and our students if we did not challenge your misuse of "
						+ "Catholic teaching."))
			.as("excerpts joined by an ellipsis, the first opened a word earlier").isEmpty();
		assertThat(wordingOf("“It might affect future events as well as our workforce.”",
				"It might affect future events as well as our workforce.",
				"“It might affect future events as well as our work force,” he said.",
				"It might affect future events as well as our work force,"))
			.as("'workforce' and 'work force'").isEmpty();
		assertThat(wordingOf("“It might affect future events as well as our workforce.”",
				"It might affect future events as well as our workforce.",
				"“It might affect past events as well as our work force,” he said.",
				"It might affect past events as well as our work force,"))
			.as("a word of substance changed still is").singleElement().extracting(ClaimDifference::firm)
			.isEqualTo(true);
	}

	private static List<ClaimDifference> wordingOf(String sentenceA, String quoteA, String sentenceB, String quoteB) {
		DraftClaim claim = new DraftClaim(new SentenceSimilarity(List.of()));
		claim.add(quoting(100, sentenceA, quoteA));
		claim.add(quoting(200, sentenceB, quoteB));
		return Differences.of(claim).stream().filter(d -> d.kind().equals("WORDING")).toList();
	}

	private static ClaimSentence quoting(long article, String text, String quote) {
		SentenceFacts facts = new SentenceFacts(article, Set.of(), List.of(),
				List.of(new SentenceFacts.QuoteFact(7L, quote, 1L, "Ana Ruiz")));
		return new ClaimSentence((long) text.hashCode(), article, 0, 0, text, new float[] { 1f }, ContentWords.of(text),
				ClaimSentence.narrativeOf(text, facts), facts, false);
	}

	@Test
	void aSpeakersNameTypedWithASlipIsTheSameSpeaker() {
		String quote = "big game trophy decision on hold until such time as I review all conservation facts";
		assertThat(speakers("Trump", "Tump", quote)).as("a letter dropped").isEmpty();
		assertThat(speakers("Trump", "Zinke", quote)).singleElement()
			.satisfies(d -> assertThat(d.firm()).as("worth checking").isFalse());
		assertThat(speakers("Truss", "Trump", quote)).as("two letters apart").hasSize(1);
		assertThat(speakers("BuzzFeed", "a BuzzFeed spokesman", quote)).as("an organisation and its spokesman")
			.isEmpty();
		assertThat(speakers("Trump Jr", "Trump", quote)).as("a son is not his father").hasSize(1);
	}

	private static List<ClaimDifference> speakers(String first, String second, String quote) {
		DraftClaim claim = new DraftClaim(new SentenceSimilarity(List.of()));
		claim.add(spoken(100, first, quote));
		claim.add(spoken(200, second, quote));
		return Differences.of(claim).stream().filter(d -> d.kind().equals("SPEAKER")).toList();
	}

	private static ClaimSentence spoken(long article, String speaker, String quote) {
		String text = speaker + " said he would put the \u201c" + quote + ".\u201d";
		SentenceFacts facts = new SentenceFacts(article, Set.of(), List.of(),
				List.of(new SentenceFacts.QuoteFact(7L, quote + ".", null, speaker)));
		return new ClaimSentence(article, article, 0, 0, text, new float[] { 1f }, ContentWords.of(text),
				ClaimSentence.narrativeOf(text, facts), facts, false);
	}

	@Test
	void twoOrdinalsOfDifferentOccasionsDiffer() {
		OneSentencePerArticle sentences = new OneSentencePerArticle();
		DraftClaim claim = sentences.claim(
				sentences.sentence("Witkoff has travelled to Moscow four times previously.", figure(1, count("four times", 4))),
				sentences.sentence("Witkoff met Putin for the fourth time.", figure(2, count("fourth time", 4))));
		assertThat(Differences.of(claim)).filteredOn(d -> d.kind().equals("NUMBER")).singleElement()
			.extracting(d -> d.values().values()).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
			.as("the occasions before one are shown with the word that says so")
			.containsExactly("four times previously", "fourth time");
	}

	@Test
	void timesCountOnlyOccasions() {
		OneSentencePerArticle sentences = new OneSentencePerArticle();
		DraftClaim claim = sentences.claim(
				sentences.sentence("The crossing has claimed lives for the third time this year.",
						figure(1, count("third time", 3))),
				sentences.sentence("Two people died at the crossing on Sunday.", figure(2, new Quantity("COUNT",
						"Two people", BigDecimal.valueOf(2), "people", null, null, false))));
		assertThat(Differences.of(claim)).extracting(ClaimDifference::kind).doesNotContain("NUMBER");
	}

	@Test
	void figuresQuotedFromTwoStatementsAreWorthCheckingNotAFlag() {
		// 2012: HuffPost quotes an Obama ad of 2008 about McCain's plan; Fox News and The New York Times a Romney ad
		Quantity obamaAd = new Quantity("MONEY", "$800 billion", new BigDecimal("800000000000"), "USD", null, null, false);
		Quantity romneyAd = new Quantity("MONEY", "$716 billion", new BigDecimal("716000000000"), "USD", null, null, false);
		String mccain = "“His health care plan would cut Medicare by $800 billion -- that means a 22 percent cut in benefits.";
		String obama = "The ad says: “You paid in to Medicare for years … now when you need it, Obama has cut $716 billion "
				+ "from Medicare.";
		OneSentencePerArticle sentences = new OneSentencePerArticle();
		DraftClaim twoStatements = sentences.claim(
				sentences.sentence(mccain, new SentenceFacts(1L, Set.of(), List.of(obamaAd), List.of(
						new SentenceFacts.QuoteFact(7L, mccain.substring(1), null, "Obama campaign")))),
				sentences.sentence(obama, new SentenceFacts(2L, Set.of(), List.of(romneyAd), List.of(
						new SentenceFacts.QuoteFact(8L, obama.substring(obama.indexOf('“') + 1), null, "Romney campaign")))));
		assertThat(Differences.of(twoStatements)).filteredOn(d -> d.kind().equals("NUMBER"))
			.singleElement().extracting(ClaimDifference::firm).isEqualTo(false);

		OneSentencePerArticle reported = new OneSentencePerArticle();
		DraftClaim oneQuotedOneReported = reported.claim(
				reported.sentence(mccain, new SentenceFacts(1L, Set.of(), List.of(obamaAd), List.of(
						new SentenceFacts.QuoteFact(7L, mccain.substring(1), null, "Obama campaign")))),
				reported.sentence("Obama has cut Medicare by $716 billion, the Romney campaign says.",
						new SentenceFacts(2L, Set.of(), List.of(romneyAd), List.of())));
		assertThat(Differences.of(oneQuotedOneReported)).filteredOn(d -> d.kind().equals("NUMBER"))
			.singleElement().extracting(ClaimDifference::firm).as("a quoted figure against a reported one").isEqualTo(true);
	}

	@Test
	void aFigureInAQuotationThatOpenedInAnEarlierSentenceIsQuoted() {
		// HuffPost, 2012: the quotation opens a sentence before the figure, so the figure's own sentence holds no
		// quotation mark; the Times quotes another ad, of the other campaign
		Quantity obamaAd = new Quantity("MONEY", "$800 billion", new BigDecimal("800000000000"), "USD", null, null, false);
		Quantity romneyAd = new Quantity("MONEY", "$716 billion", new BigDecimal("716000000000"), "USD", null, null, false);
		String ad2008 = "How would your golden years turn out under John McCain? His health care plan would cut Medicare "
				+ "by $800 billion -- that means a 22 percent cut in benefits.";
		String runOn = "His health care plan would cut Medicare by $800 billion -- that means a 22 percent cut in benefits.";
		String ad2012 = "Now when you need it, Obama has cut $716 billion from Medicare.";
		OneSentencePerArticle sentences = new OneSentencePerArticle();
		DraftClaim twoAds = sentences.claim(
				sentences.sentence(runOn, new SentenceFacts(1L, Set.of(), Set.of(), List.of(obamaAd), List.of(), Set.of(),
						List.of(new SentenceFacts.QuoteFact(null, ad2008, null, null)))),
				sentences.sentence("“" + ad2012 + "”", new SentenceFacts(2L, Set.of(), List.of(romneyAd), List.of(
						new SentenceFacts.QuoteFact(8L, ad2012, null, "Romney campaign")))));
		assertThat(Differences.of(twoAds)).filteredOn(d -> d.kind().equals("NUMBER"))
			.singleElement().extracting(ClaimDifference::firm).as("two ads' figures").isEqualTo(false);

		OneSentencePerArticle plain = new OneSentencePerArticle();
		DraftClaim unquoted = plain.claim(
				plain.sentence(runOn, new SentenceFacts(1L, Set.of(), List.of(obamaAd), List.of())),
				plain.sentence("“" + ad2012 + "”", new SentenceFacts(2L, Set.of(), List.of(romneyAd), List.of(
						new SentenceFacts.QuoteFact(8L, ad2012, null, "Romney campaign")))));
		assertThat(Differences.of(unquoted)).filteredOn(d -> d.kind().equals("NUMBER"))
			.singleElement().extracting(ClaimDifference::firm).as("the reporter's figure against a quoted one")
			.isEqualTo(true);
	}

	/** The facts of an article's one sentence that gives this figure. */
	private static SentenceFacts figure(long article, Quantity figure) {
		return new SentenceFacts(article, Set.of(), List.of(figure), List.of());
	}

	private static Quantity count(String text, int value) {
		return new Quantity("COUNT", text, BigDecimal.valueOf(value), text.substring(text.indexOf(' ') + 1), null, null,
				false);
	}

}
