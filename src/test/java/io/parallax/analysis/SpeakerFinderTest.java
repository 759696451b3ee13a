package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Who said it, in the attribution styles of many outlets: wire copy, American and British papers, broadcasters'
 * websites. Each row is an article of one or two paragraphs (split by "¶"), the opening words of a quote, and the
 * speaker a reader names.
 */
class SpeakerFinderTest {

	@ParameterizedTest(name = "{1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			“We will not back down,” said Maria Lopez, the mayor of the city. | We will not back down | Maria Lopez
			“We will not back down,” Lopez said. | We will not back down | Lopez
			“We will not back down,” said NAACP President Derrick Johnson. | We will not back down | Derrick Johnson
			Thune, who serves in the No. 3 position in Senate GOP leadership as chairman of the Senate Republican Conference, added that Democrats “have not laid a glove on him” in the hearings. | have not laid a glove | Thune
			House Speaker Paul D. Ryan disagreed with the plan. ¶ “You cannot end birthright citizenship with an executive order,” the House speaker said Tuesday on WVLK Radio. | You cannot end | Paul D. Ryan
			The president castigated Kathy Griffin, the celebrity comic and author, for posing for a video showing her holding what looks like the severed head of Mr. Trump. The video forced Ms. Griffin to apologize. ¶ In a statement later in the day, the first lady, Melania Trump, questioned Ms. Griffin’s sanity. “As a mother, that photo is very disturbing,” she said. | As a mother | Melania Trump
			Ms. Griffin went online on Tuesday night to express regret. “I sincerely apologize,” she said in a video. “I’m just now seeing the reaction of these images. I’m a comic. I crossed the line. I move the line, I cross it. I went way too far. The image is too disturbing. I understand how it offends people. It wasn’t funny. I get it.” ¶ She said she had asked the photographer to pull the images. “I beg for your forgiveness,” she continued. | I beg for your forgiveness | Griffin
			“Could any judge appointed by a Republican president be approved?” Senate Majority Leader Mitch McConnell, R-Ky., asked on Tuesday. | Could any judge | Mitch McConnell
			Asked whether he was suggesting that Mr. Obama lacked sympathy for the disabled, Mr. Santorum did not back down, saying, “I think the president has a very bad record on the issue.” | I think the president | Santorum
			One Facebook user who lives near Austin, Tex., posted this status update: ¶ “It has been really disconcerting how many of my friends have stood up on the side of hate.” | It has been really | One Facebook user who lives near Austin
			A spokesperson for Grassley fired back Tuesday, telling FoxNews.com that Braley was wrong. The spokesperson also touted Grassley’s “strong record” on the judiciary committee. ¶ “Alongside that, Sen. Grassley’s one of only two working family farmers in the United States Senate,” the aide said. | strong record | The spokesperson
			A spokesperson for Grassley fired back Tuesday, telling FoxNews.com that Braley was wrong. The spokesperson also touted Grassley’s “strong record” on the judiciary committee. ¶ “Alongside that, Sen. Grassley’s one of only two working family farmers in the United States Senate,” the aide said. | Alongside that | the aide
			An invitation had also been extended to his Democratic opponent, Hillary Clinton, but the former secretary of state’s campaign said she was looking forward to speaking with him at the “appropriate time.” | appropriate time | the former secretary of state’s campaign
			Still, then-Deputy Assistant Secretary for Diplomatic Security Charlene Lamb testified in October that the size of the attack was the issue. ¶ She added: "This was an unprecedented attack in size." | This was an unprecedented attack | Charlene Lamb
			“This morning I requested that my pay be withheld,” Representative-elect Mikie Sherrill, Democrat of New Jersey, said Wednesday on Twitter. ¶ “I came here to govern,” she said. | I came here to govern | Mikie Sherrill
			It was not clear why Trump made the announcement, but it came as the top Republican on the Foreign Affairs Committee called on the administration to reverse the policy, labeling it the “wrong move at the wrong time.” | wrong move | the top Republican on the Foreign Affairs Committee
			Mayor Maria Lopez told reporters: “We will not back down.” | We will not back down | Maria Lopez
			“For years I lived off my campaign,” Mr. Jackson, 47, said in court. | For years I lived | Jackson
			Sen. Patrick Leahy (D-Vt.) called the speech “a tawdry stunt” in a statement. | a tawdry stunt | Patrick Leahy
			Chief Justice John Roberts doubted the claim. “Is it true that pay was lower?” he asked. | Is it true | John Roberts
			“Stop lying!” Mr. Fox wrote. “Show some respect.” | Stop lying | Fox
			“Stop lying!” Mr. Fox wrote. “Show some respect.” | Show some respect | Fox
			Gov. John Hickenlooper told The Denver Post he had spoken with officials. ¶ “I’m not sure a lawsuit helps,” he said. | I’m not sure | John Hickenlooper
			Netanyahu told Sens. Dick Durbin and Dianne Feinstein that he regrets the invitation. ¶ “My sole intention was to voice Israel’s concerns,” he told the senators in a letter. | My sole intention | Netanyahu
			Susan Rice spoke to Charlie Rose. “We’ve worked very hard to have that,” she said. | We’ve worked very hard | Susan Rice
			“The issues at stake are too big,” the senators said in a statement. | The issues at stake | the senators
			“Marijuana flows from this gap into neighboring states,” the lawsuit says. | Marijuana flows | the lawsuit
			“Mitt Romney should do the right thing,” a statement from the Democratic National Committee said. | Mitt Romney should | Democratic National Committee
			Trump wrote on Twitter: ¶ “Mexico will pay for the wall!” | Mexico will pay | Trump
			“This is an abuse of power,” said Joseph diGenova, a former prosecutor. ¶ “Make no mistake,” he said. | Make no mistake | Joseph diGenova
			“The decisions are informed by the values the company provides,” Sellers said. “They are not made in a vacuum.” | They are not made | Sellers
			According to Ushakov, the talks were “useful and constructive”. | useful and constructive | Ushakov
			“It is a very opportunistic move,” Fox said of President Peña. ¶ “It is a desperate move,” he added. | It is a desperate move | Fox
			“Because neighboring states have expressed concern, we are not surprised,” Suthers said. "However, the suit is without merit.” | However, the suit | Suthers
			As HuffPost reported Wednesday, the administration decided that hunting would “enhance the survival of the species in the wild,” a spokesperson for the U.S. Fish and Wildlife Service said. | enhance the survival | a spokesperson for the U.S. Fish and Wildlife Service
			In a post to Twitter, Wayne Pacelle, the CEO of The Humane Society of the United States, said he was “grateful” that Trump would reconsider. “This is the kind of trade we don’t need.” | grateful | Wayne Pacelle
			In a post to Twitter, Wayne Pacelle, the CEO of The Humane Society of the United States, said he was “grateful” that Trump would reconsider. “This is the kind of trade we don’t need.” | This is the kind | Wayne Pacelle
			On Friday, the day that Mr. Stone stood on the steps of a courthouse, Mr. Trump bashed the investigation. ¶ “Greatest Witch Hunt in the History of our Country!” he wrote on Twitter. “NO COLLUSION!” | Greatest Witch Hunt | Trump
			According to the indictment, Mr. Stone told “senior Trump campaign officials” about the stolen emails. | senior Trump campaign officials | the indictment
			Stone, according to the indictment, told Credico that he should stall “to avoid contradicting Stone’s testimony.” | to avoid contradicting | the indictment
			The source told Fox News that arrests take place early, adding that the case was “nothing out of the ordinary.” | nothing out of the ordinary | The source
			WASHINGTON — The campaign of Senator Ann Fuller released a letter declaring she is “fit to serve as president of the United States.” | fit to serve | null
			"Trump says he wants to run the nation like he’s running his business? God help us," said Bloomberg, who added that "the richest thing about Donald Trump is his hypocrisy." | Trump says he wants | Bloomberg
			Ryan Morris, founder of Tripwire Operation Group, a company that provides explosives training to law enforcement and military officials, called the devices “Mickey Mouse” bombs. | Mickey Mouse | Ryan Morris
			The book reported that Mattis once told staffers that Trump has the understanding of a “fifth- or sixth-grader.” | fifth- or sixth-grader | Mattis
			In a debate, Blumenthal clearly stated “serving in the military gave me a perspective as well.” | serving in the military | Blumenthal
			California Rep. Ed Royce on Friday questioned the action. ¶ "The administration should withdraw this decision until Zimbabwe stabilizes," the committee chairman said in a statement. | The administration should withdraw | Ed Royce
			President Donald Trump met Prime Minister Theresa May on Friday. May thanked the guards. ¶ “We had a great meeting,” the president said. | We had a great meeting | Donald Trump
			Following the meeting between Putin and Witkoff, which a Kremlin aide described as “useful and constructive,” President Trump claimed in a post that “great progress” had been achieved. | useful and constructive | a Kremlin aide
			Secretary of State Marco Rubio said the Kremlin had presented a proposal. He warned that a summit could still be “weeks away.” | weeks away | Marco Rubio
			Mr. Stone wrote that more disclosures were forthcoming, “a load every week going forward,” according to the indictment. | a load every week | Stone
			“This is an abuse of power,” diGenova told Fox News. ¶ He added: “Those are the people for whom these tactics are reserved. ¶ Not a Roger Stone.” ¶ “Make no mistake,” he said. | Make no mistake | diGenova
			The arrest drew scrutiny, even from President Trump, who said “Border Coyotes and Drug Dealers are treated better,” and questioned “who alerted CNN to be there?” | Border Coyotes | Trump
			Mr. Mattis’s letter did not single out any decision. Instead, it condemned Mr. Trump’s approach to the world. ¶ He said the core of American interests lay in “providing effective leadership to our alliances,” and described NATO. | providing effective leadership | Mattis
			It follows Trump saying there was a “good chance” he could meet them “very soon” to discuss the war. | good chance | Trump
			The U.S. Fish and Wildlife Service said in a notice that permits will raise money. ¶ "Legal, well-regulated sport hunting can benefit certain species," the agency said in a statement. | Legal, well-regulated | U.S. Fish and Wildlife Service
			Marijuana Industry Group's Mike Elliott echoed the sentiments, adding that marijuana remains "universally available" in Nebraska. | universally available | Mike Elliott
			Officials with the Democratic National Committee quickly called it the “Akin plank.” ¶ “Mitt Romney should do the right thing and denounce this language,” a statement from the Democratic committee said. | Mitt Romney should do | Democratic National Committee
			In 2013, she tested “negative” for all clotting disorders, though she continues a daily treatment as a precaution, Bardack said. | negative | Bardack
			Mr. Blumenthal, 64, is known as a brilliant lawyer. ¶ It does not appear that Mr. Blumenthal ever sought to correct those mistakes. ¶ “I don’t know if we tried to do so or not,” he said. | I don’t know if we tried | Blumenthal
			Rice's comments came as Netanyahu turned down an invitation to meet with Senate Democrats, saying such a session could "compound the misperception of partisanship" around his visit. | compound the misperception | Netanyahu
			Even before Donald Trump landed in Mexico, he found himself in a war with former Mexican President Vicente Fox – who went on a tear declaring the nominee “not welcome” in the country. | not welcome | Vicente Fox
			He later confirmed that vice presidential candidate Paul Ryan called him and told him to "give some thought to stepping down," but did not tell him to quit. | give some thought | Paul Ryan
			President Trump met President Putin in Alaska on Friday, saying the talks were “very productive.” | very productive | Trump
			The statement on her health, from Dr. Lisa Bardack, an internist, said she has “seasonal pollen allergies.” ¶ During follow-up evaluations, she was found to have a “transverse sinus venous thrombosis” and started treatment. | transverse sinus venous thrombosis | Lisa Bardack
			“I think it’s great,” Ellen DeGeneres said on her show. ¶ A day after the suspension, the Safari Club sent out a “call to arms,” encouraging hunters to write to their representatives. | call to arms | Safari Club
			But former U.S. attorney for the District of Columbia Joseph diGenova blasted the tactic as “outrageous.” | outrageous | Joseph diGenova
			The lawsuit, which was brought by Nebraska’s attorney general, Jon Bruning, accused Colorado of a “scheme” that flouts the law. | scheme | The lawsuit
			In the film, the character testifies and “claims not to know critical information that he does in fact know,” the indictment recounts. | claims not to know | the indictment
			“The guards told us to leave the building at once,” the report recounted. | The guards told us | the report
			According to a 2012 bankruptcy petition, he lived at his mother’s home. “Lives w/mom,” a handwritten note on the petition said. “Has no furniture.” | Lives w/mom | a handwritten note on the petition
			According to a 2012 bankruptcy petition, he lived at his mother’s home. “Lives w/mom,” a handwritten note on the petition said. “Has no furniture.” | Has no furniture | a handwritten note on the petition
			But the lawsuit from Nebraska and Oklahoma, where marijuana is still outlawed, argues that Colorado has “created a dangerous gap” in the federal system. | created a dangerous gap | the lawsuit from Nebraska and Oklahoma
			“The site was unsafe for workers,” an internal memo from the agency, dated March 3, said. | The site was unsafe | an internal memo from the agency
			And the complaint, filed in federal court on Monday, says the company “knowingly misled investors.” | knowingly misled investors | the complaint
			“We expected nothing else,” said the statement from Alvarez’s lawyer, Dana Whitfield. | We expected nothing else | Dana Whitfield
			A spokeswoman for the mayor, Karen Osei of the city press office, confirmed the delay and said that the mayor “regrets the inconvenience.” | regrets the inconvenience | Karen Osei
			According to a city official, Lopez will “step down next week.” | step down next week | a city official
			According to police, Smith, 45, was “acting alone.” | acting alone | police
			“We will appeal,” said Pelosi’s office, which urged McConnell to act. | We will appeal | Pelosi
			Meanwhile, the statement on her health, from Dr. Lisa Bardack, an internist and chairman of medicine at the Mount Kisco Medical Group in Mount Kisco, New York, said she has pollen allergies and listed "deep vein thrombosis," an elbow fracture and a concussion. | deep vein thrombosis | Lisa Bardack
			Dana Price, a former aide, accused Councillor Mark Tate of calling her “a liability” in staff meetings. | a liability | Mark Tate
			The mayor praised Karen Osei for saying the budget was “balanced at last.” | balanced at last | Karen Osei
			Rep. Tom Hale (R-Ohio) resigned on Friday. ¶ His former chief of staff, Laura Finch, had sued his office in 2016. ¶ “I made mistakes,” the three-term congressman said in December. | I made mistakes | Tom Hale
			Sen. Ruth Okafor (D-Md.) will not run again. ¶ An aide, Paul Grant, confirmed the news on Monday. ¶ “It is time,” the senator said in a video. | It is time | Ruth Okafor
			Lena Marsh was arrested at dawn on Friday. ¶ “A phone call would have done the job,” Marsh’s lawyer said. | A phone call | Marsh’s lawyer
			“She had no part in it,” said Marsh’s husband, a retired teacher. | She had no part | Marsh’s husband
			Mayor Tom Ruiz spoke first. ¶ “The school should have acted,” one of the parents, Dana Reyes, said after the meeting. “It was preventable,” she said. | The school should have acted | Dana Reyes
			Mayor Tom Ruiz spoke first. ¶ “The school should have acted,” one of the parents, Dana Reyes, said after the meeting. “It was preventable,” she said. | It was preventable | Dana Reyes
			Chilean President Ana Ruiz met the envoy on Monday. ¶ The Chilean President is now striking a more cautious tone, telling reporters on Wednesday: “I don’t call it a breakthrough.” | I don’t call it | Ana Ruiz
			Gov. Ana Ruiz met the envoy on Monday, and Paul Grant joined them. ¶ The governor is now more cautious, telling reporters: “Nothing is settled.” | Nothing is settled | Ana Ruiz
			Dana Smith was mocked by Paul Trent for calling the plan “a hoax.” | a hoax | Dana Smith
			Dana Smith apologised to Paul Jones for calling him “a liar.” | a liar | Dana Smith
			Mayor Tom Ruiz announced cuts. ¶ The head of the teachers’ union, Maria Lopez, walked out, telling reporters: “This is an insult.” | This is an insult | Maria Lopez
			“We will appeal,” said Trent’s general counsel. | We will appeal | Trent’s general counsel
			“We have nothing to add at this time,” Pelosi’s chief spokesman said. | We have nothing to add | Pelosi’s chief spokesman
			“This is a power grab,” Mayor Ana Ruiz and Council Leader Paul Grant said in a joint statement. | This is a power grab | Ana Ruiz
			“This is a power grab,” Speaker Ana Ruiz of California and Senator Paul Grant of New York, the minority leader, said in a joint statement. | This is a power grab | Ana Ruiz
			“This is a power grab,” Mayor Ana Ruiz and Council Leader Paul Grant said in a statement. ¶ They vowed the council would “defend its authority in the courts.” | defend its authority | Ana Ruiz
			A spokesman for Mr. Hale, Paul Grant, said Tuesday that the congressman “believes this action is purely political,” and referred a reporter to a letter. | believes this action | Paul Grant
			A spokesman for Mr. Hale, who is under investigation, said the inquiry was “a witch hunt.” | a witch hunt | A spokesman for Mr. Hale
			The arrest drew scrutiny, even from Mayor Ana Ruiz, 72, who said the police were “treated better than the victims.” | treated better | Ana Ruiz
			Rep. Tom Hale spoke first. ¶ Then, the congressman, as he neared the reporter, said the reporter was “not man enough.” | not man enough | Tom Hale
			Rep. Tom Hale was asked about the inquiry. ¶ Then, the congressman, speaking in a whisper as he stood close to the reporter, said the reporter was “not man enough.” | not man enough | Tom Hale
			Former President Ana Ruiz railed against Mayor Paul Grant. ¶ Grant noted it in a tweet on Wednesday morning. ¶ “Ruiz invited me when she apologized.” ¶ Ruiz tweeted her own recollection in response: ¶ “I invited you to come and apologize. Stop lying!” | I invited you | Ruiz
			“The money was spent on trips,” according to the U.S. Attorney’s Office. | The money was spent | the U.S. Attorney’s Office
			“The money was spent on trips,” the press release from the U.S. Attorney’s Office said. | The money was spent | the U.S. Attorney’s Office
			In January, Trump asserted that he had “the absolute right to declare a national emergency,” according to CNN. He called it “the easy route” while insisting that he’d rather Congress approve his border wall funding. | the absolute right | Trump
			“The crash was preventable,” one of the mothers, Ana Reyes, said. Her son Tomas Reyes, 23, was killed in 2011. “It should never have happened,” she said. | It should never have happened | Ana Reyes
			“We were told nothing,” Paul Grant said. His wife Lena Grant worked at the plant for a decade. “He asked for the records,” she said. | He asked for the records | Lena Grant
			Paul Grant pleaded guilty. His wife, Lena Grant, is expected to plead guilty too. ¶ Grant looked back at his wife several times. He said he had “used money that should not have been used.” | used money | Grant
			The plan that confused Judge Tom Hale also drew the anger of Judge Paul Grant, who said he was misled by it. “If somebody decides for you, you have no choice,” he said. | If somebody decides | Paul Grant
			“There’s a whole lot of anger,” said one Democrat who opposed her, who requested anonymity in order to speak freely. | There’s a whole lot | one Democrat who opposed her
			“There’s a whole lot of anger,” said one Democrat. | There’s a whole lot | one Democrat
			Mr. Jackson spent $1,000 on “stuffed animals and accessories for stuffed animals” from a toy store, according to the documents. | stuffed animals | the documents
			Stone was “contacted by senior campaign officials to inquire about future releases” by the group, according to the indictment, which refers to it as “Organization 1.” | contacted by senior | the indictment
			The mayor downplayed the news on Twitter, saying he had never met Grant. ¶ "Paul Grant, who I do not know, was hired by the last mayor in 2015. ¶ He was supposed to leave in February but he just resigned," Ruiz tweeted. | Paul Grant, who I do not know | Ruiz
			Sen. John Smith spoke to the crowd. ¶ “We will win this fight,” said the senator. | We will win this fight | John Smith
			“We have evidence of collusion,” said a senior Democrat, Rep. Adam Schiff. | We have evidence | Adam Schiff
			Mayor Tom Ruiz, answering Sen. Paul Grant, who said the wall was immoral, told reporters he would not back down. “We will build the wall,” he said. | We will build the wall | Tom Ruiz
			Paul Grant Jr. pleaded guilty. His wife, Lena Grant, is expected to plead guilty too. ¶ Grant looked back at his wife several times. He said he had “used money that should not have been used.” | used money | Grant
			“The governor was never told of the deal,” said Ruiz press secretary Lena Grant. | The governor was never | Lena Grant
			“He is a liar,” said Grant of Mayor Tom Ruiz, who had criticised him. | He is a liar | Grant
			Tom Hale was fired on Friday. ¶ Hale’s attorney, meanwhile, criticised the agency on Monday, saying the director “overruled the official in charge of discipline.” | overruled the official | Hale’s attorney
			Show host Lena Ruiz asked Paul Grant, “You have seen the records yourself?” His response: “Well, I have people that have been studying it.” | Well, I have people | Paul Grant
			Show host Lena Ruiz asked Paul Grant, “You have seen the records yourself?” | You have seen | Lena Ruiz
			""")
	void findsTheSpeaker(String article, String opening, String speaker) {
		AnalysedText text = AnalysedText.of(article.split("\\s*¶\\s*"));
		assertThat(text.speakerOf(opening)).isEqualTo("null".equals(speaker) ? null : speaker);
	}

	@Test
	void aProgrammesTitleIsNobodysWords() {
		AnalysedText text = AnalysedText.of("“I want to see the birth certificate,” said Trump in an interview on NBC's "
				+ "“Today” show, according to TIME. “How come his own family doesn't know which hospital he was born in?”",
				"Rice said on “Face the Nation” that the speech was “destructive.”");
		assertThat(text.quotes()).extracting(FoundQuote::text).noneMatch(quote -> quote.startsWith("Today")
				|| quote.startsWith("Face the Nation"));
		assertThat(text.speakerOf("How come")).isEqualTo("Trump");
		assertThat(text.speakerOf("destructive")).isEqualTo("Rice");
	}

	@Test
	void aNameOrATitleInQuotationMarksIsNobodysWords() {
		AnalysedText text = AnalysedText.of(
				"The general, nicknamed “Iron Mike” during his time in the Army, backed the plan.",
				"Grant will appear on Fox News Channel's “Evening Report” on Friday.",
				"Ruiz said so in an interview on the public television program “Night Desk.”",
				"The hackers used the handle “Shadow 9” in their messages, officials said.",
				"The filing says Grant told a witness (“Person 4”) to keep quiet.",
				"Grant called the devices “Toy Box” bombs. Ruiz called it “Destructive” on Tuesday.");
		assertThat(text.quotes()).extracting(FoundQuote::text).noneMatch(quote -> quote.startsWith("Iron Mike")
				|| quote.startsWith("Evening Report") || quote.startsWith("Night Desk") || quote.startsWith("Shadow 9")
				|| quote.startsWith("Person 4"));
		assertThat(text.speakerOf("Toy Box")).isEqualTo("Grant");
		assertThat(text.speakerOf("Destructive")).isEqualTo("Ruiz");
	}

}
