package io.parallax.analysis;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The small curated word lists the analysis leans on: titles and role nouns, the head words of organisation and
 * media names, and the world's countries and best-known places. General knowledge of English news, nothing
 * about any one story.
 */
final class Lexicon {

	/** Capitalised words that make a title before a name: "Russian President", "NATO Secretary General". */
	static final Set<String> TITLES = words("President Vice Prime Minister Secretary General Secretary-General "
			+ "Envoy Special Press Spokesperson Spokesman Spokeswoman Senator Sen. Rep. Representative Governor Gov. "
			+ "Chancellor King Queen Prince Princess Pope Mr Mr. Mrs Mrs. Ms Ms. Dr Dr. Prof. Professor Foreign Defence "
			+ "Defense Deputy Chief Ambassador Commissioner Director Chairman Chairwoman Chair CEO Judge Justice "
			+ "Lieutenant Colonel Col. Captain Capt. Admiral Adm. Mayor Speaker Leader Aide Adviser Advisor Minister "
			+ "Sheikh Emir Crown Archbishop Bishop Cardinal Attorney Premier Commander Marshal Sergeant Officer "
			+ "Counsellor Counselor Negotiator Envoy-designate First Lady Chief-of-Staff");

	/** Lowercase nouns that make a role before or beside a name: "Kremlin aide", "his special envoy". */
	static final Set<String> ROLE_NOUNS = words("aide adviser advisor envoy spokesman spokeswoman spokesperson "
			+ "official minister secretary president leader chief negotiator ambassador correspondent analyst "
			+ "commander general senator governor mayor chancellor director chairman chair head editor reporter "
			+ "diplomat representative counsellor counselor lawmaker premier spokesman king queen professor "
			+ "economist researcher founder executive officer prosecutor judge lawyer attorney expert congressman "
			+ "congresswoman speaker");

	/** Roles held for someone else, who speak for them: "a spokesperson for Grassley", "an aide to the senator". */
	static final Set<String> HELD_FOR_ANOTHER = words("aide adviser advisor spokesman spokeswoman spokesperson "
			+ "lawyer attorney counsel");

	/** Kin a name may be introduced as ("her son Matthew Denice"): whose gender a later "she said" must agree with. */
	static final Set<String> KIN_NOUNS = words("wife husband son daughter mother father brother sister widow widower "
			+ "grandmother grandfather");

	/**
	 * The short and the other long forms of an office's title, by the title they stand for: "Rep. Blake Farenthold" is
	 * "the congressman", "Sen. Ruth Okafor" "the senator".
	 */
	private static final Map<String, String> OFFICE_TITLES = Map.ofEntries(
			Map.entry("rep", "member of congress"), Map.entry("reps", "member of congress"),
			Map.entry("congressman", "member of congress"),
			Map.entry("congresswoman", "member of congress"),
			Map.entry("congressmember", "member of congress"), Map.entry("sen", "senator"),
			Map.entry("sens", "senator"), Map.entry("gov", "governor"),
			Map.entry("govs", "governor"), Map.entry("pres", "president"),
			Map.entry("atty", "attorney"), Map.entry("amb", "ambassador"),
			Map.entry("supt", "superintendent"), Map.entry("cmdr", "commander"));

	/** Parties by what their members are called or their nicknames: "GOP", "Democrats", "Tories". */
	private static final Map<String, String> PARTY_NAMES = Map.of("GOP", "Republican Party",
			"G.O.P.", "Republican Party", "Republicans", "Republican Party", "Democrats", "Democratic Party", "Dems",
			"Democratic Party", "Labour", "Labour Party", "Conservatives", "Conservative Party", "Tories",
			"Conservative Party");

	/** Parties' adjectives ("Republican senators"), of which three also name a member ("a Republican"). */
	private static final Map<String, String> PARTY_ADJECTIVES = Map.of("Republican",
			"Republican Party", "Democrat", "Democratic Party", "Tory", "Conservative Party", "Democratic",
			"Democratic Party", "Conservative", "Conservative Party");

	/** "Democratic" and "Conservative" are also plain adjectives, capitalised at a sentence's start. */
	private static final Set<String> ONLY_ADJECTIVES = Set.of("Democratic", "Conservative");

	/** Head words that make a name an organisation's: "White House", "Interfax news service". */
	static final Set<String> ORGANISATION_WORDS = words("House Ministry Department Council Agency Committee Commission "
			+ "Court Parliament Congress Senate Assembly Government Administration Office Bureau Service Services "
			+ "Party Union Bank Fund Company Corporation Corp Corp. Inc Inc. Ltd Group Association Organisation "
			+ "Organization Institute University College Army Navy Force Forces Police Guard Federation Alliance "
			+ "Authority Board Cabinet Kremlin Pentagon NATO UN EU OPEC IMF WHO Foundation Network Exchange Reserve");

	/** Head words and names that make an organisation a news outlet or agency. */
	static final Set<String> MEDIA_WORDS = words("Times News Post Journal Herald Tribune Telegraph Guardian Gazette "
			+ "Express Mirror Independent Observer Economist Press Radio TV Television Broadcasting Media Reuters AP "
			+ "AFP Interfax TASS RIA Xinhua Bloomberg CNN BBC NBC CBS ABC Fox MSNBC NPR Politico Axios Al-Jazeera "
			+ "Jazeera Kyodo Yonhap Anadolu Sky Euronews Newsweek Forbes Wire Agence PBS C-SPAN Magazine magazine "
			+ "Register Weekly Daily Chronicle Courier Inquirer Dispatch Examiner Sentinel");

	/** Capitalised words that start sentences or name times, never entities. */
	static final Set<String> NOT_NAMES = words("I The A An He She It They We You His Her Its Their Our My This That "
			+ "These Those There Here But And Or So If When While As After Before Despite Although However "
			+ "Meanwhile Nonetheless Still Yet Monday Tuesday Wednesday Thursday Friday Saturday Sunday January "
			+ "February March April May June July August September October November December Mon Tue Wed Thu Fri "
			+ "Sat Sun Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec According Following Speaking Asked Last Next "
			+ "Earlier Later Today Tomorrow Yesterday Tonight Mr Mrs Ms Dr Sir Madam");

	/** Countries, a few regions and the best-known cities: enough to tell a place from a person by its name. */
	static final Set<String> PLACES = words("Afghanistan Albania Algeria Andorra Angola Argentina Armenia Australia "
			+ "Austria Azerbaijan Bahamas Bahrain Bangladesh Barbados Belarus Belgium Belize Benin Bhutan Bolivia "
			+ "Bosnia Botswana Brazil Brunei Bulgaria Burkina Burundi Cambodia Cameroon Canada Chad Chile China "
			+ "Colombia Comoros Congo Croatia Cuba Cyprus Czechia Denmark Djibouti Dominica Ecuador Egypt Eritrea "
			+ "Estonia Eswatini Ethiopia Fiji Finland France Gabon Gambia Georgia Germany Ghana Greece Grenada "
			+ "Guatemala Guinea Guyana Haiti Honduras Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy "
			+ "Jamaica Japan Jordan Kazakhstan Kenya Kiribati Korea Kosovo Kuwait Kyrgyzstan Laos Latvia Lebanon "
			+ "Lesotho Liberia Libya Liechtenstein Lithuania Luxembourg Madagascar Malawi Malaysia Maldives Mali Malta "
			+ "Mauritania Mauritius Mexico Micronesia Moldova Monaco Mongolia Montenegro Morocco Mozambique Myanmar "
			+ "Namibia Nauru Nepal Netherlands Nicaragua Niger Nigeria Norway Oman Pakistan Palau Palestine Panama "
			+ "Paraguay Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Senegal Serbia Seychelles "
			+ "Singapore Slovakia Slovenia Somalia Spain Sudan Suriname Sweden Switzerland Syria Taiwan Tajikistan "
			+ "Tanzania Thailand Togo Tonga Tunisia Turkey Turkmenistan Tuvalu Uganda Ukraine Uruguay Uzbekistan "
			+ "Vanuatu Venezuela Vietnam Yemen Zambia Zimbabwe Britain England Scotland Wales Europe Asia Africa "
			+ "America Americas Antarctica Arctic Gaza Crimea Kashmir Tibet Balkans Caucasus Siberia US U.S. USA "
			+ "U.S.A. UK U.K. America Moscow Kyiv Kiev Washington London Paris Berlin Beijing Tokyo Delhi Istanbul "
			+ "Ankara Geneva Brussels Rome Madrid Vienna Warsaw Tehran Baghdad Damascus Jerusalem Cairo Riyadh Doha "
			+ "Dubai Minsk Budapest Prague Helsinki Oslo Stockholm Copenhagen Dublin Lisbon Athens Seoul Pyongyang "
			+ "Taipei Manila Jakarta Bangkok Hanoi Canberra Sydney Ottawa Toronto Mexico Havana Caracas Bogota Lima "
			+ "Santiago Brasilia Nairobi Lagos Johannesburg Addis Ababa Kabul Islamabad Karachi Mumbai Shanghai Hong "
			+ "Kong Singapore Alaska California Texas Florida NewYork");

	/** Verbs that report speech, the same list the quote and source finders use. */
	static final Set<String> SPEECH_VERBS = Set.of(Cues.VERBS.split("\\|"));

	private static final Pattern HONORIFIC = Pattern.compile("(?i)(mr|mrs|ms|miss|mx|messrs|mmes|dr|sir|madam)\\.?");

	private Lexicon() {
	}

	/** @param role a lower-case role noun */
	static boolean isHeldForAnother(String role) {
		return HELD_FOR_ANOTHER.contains(role);
	}

	/**
	 * A courtesy title that goes before a surname ("Mr.", "Mrs.", "Dr.", "Sir"): it marks a person's name, but it is
	 * no role of theirs.
	 */
	static boolean isHonorific(String word) {
		return HONORIFIC.matcher(word.strip()).matches();
	}

	static boolean isTitle(String word) {
		return TITLES.contains(word);
	}

	static boolean isMedia(String name) {
		// a hyphenated head word counts by its parts too: "Union-Tribune", "Press-Enterprise"
		return Arrays.stream(name.split("\\s+"))
			.anyMatch(word -> MEDIA_WORDS.contains(word) || Arrays.stream(word.split("-")).anyMatch(MEDIA_WORDS::contains))
				|| isMediaCompound(name);
	}

	/**
	 * Whether a name has the shape of an American broadcaster's call sign: "KTVI", "WMUR", "KABC-TV" (stations west
	 * of the Mississippi take K; all since 1934 four letters). Three-letter ones (WHO, WTO, KGB) are left out, and
	 * only someone's words given to it make a name of this shape a station.
	 */
	static boolean isCallSign(String name) {
		return CALL_SIGN.matcher(name).matches();
	}

	private static final Pattern CALL_SIGN = Pattern.compile("[KW][A-Z]{3}(?:-(?:TV|FM|AM|DT))?");

	/** One word ending in a news outlet's head word after its capital inside: "HuffPost". */
	private static final Pattern MEDIA_COMPOUND = Pattern.compile("\\p{Lu}\\p{Ll}+(?:Post|News|Times|Wire|Press|Journal)");

	/** Whether a name is an outlet's by its form alone, whatever the tagger read: no person is named "HuffPost". */
	static boolean isMediaCompound(String name) {
		return MEDIA_COMPOUND.matcher(name).matches();
	}

	static boolean isOrganisation(String name) {
		String[] words = name.split("\\s+");
		return Arrays.stream(words).anyMatch(ORGANISATION_WORDS::contains) || isAcronym(name) && !isPlace(name);
	}

	static boolean isPlace(String name) {
		return PLACES.contains(name) || PLACES.contains(name.replace(" ", ""));
	}

	static boolean isAcronym(String name) {
		return name.replace(".", "").matches("\\p{Lu}{2,6}");
	}

	static boolean isPartyAdjective(String word) {
		return PARTY_ADJECTIVES.containsKey(word);
	}

	/** The party a word names when it stands for the party or a member of it ("the GOP", "a Republican"). */
	static Optional<String> partyNamedBy(String word) {
		return ONLY_ADJECTIVES.contains(word) ? Optional.empty() : partyOf(word);
	}

	/** The party a word names or describes, adjectives included ("Democratic" in "California Democratic Rep."). */
	static Optional<String> partyOf(String word) {
		return Optional.ofNullable(PARTY_NAMES.getOrDefault(word, PARTY_ADJECTIVES.get(word)));
	}

	/** The office a title word names, short forms and synonyms read as one ("Rep." and "congressman"). */
	static String office(String title) {
		String word = title.toLowerCase(Locale.ROOT).replaceAll("[.’']+$", "");
		return OFFICE_TITLES.getOrDefault(word, word);
	}

	/** A key that spellings of one name share: no accents, dots, case or possessive. */
	static String key(String name) {
		String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return folded.replace(".", "").replaceAll("['’]s$", "").toLowerCase(Locale.ROOT).strip();
	}

	private static Set<String> words(String list) {
		return Arrays.stream(list.split("\\s+")).collect(Collectors.toUnmodifiableSet());
	}

}
