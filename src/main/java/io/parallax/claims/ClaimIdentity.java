package io.parallax.claims;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.system.MemberIdentity;

/**
 * Which claims of a new comparison are claims of the previous one, so that they keep their ids ({@link MemberIdentity}):
 * claims are known by their members, an article's file and a sentence's text, which survive a re-import of an
 * unchanged or lightly edited article.
 */
final class ClaimIdentity {

	/**
	 * One sentence of one article, as a claim member; the article by its file, whose name survives a re-import
	 * that gives a changed article a new id.
	 */
	record Member(String file, String text) {

		private static final char SEPARATOR = '\u001f';

		/** As stored with the claim: the file, a unit separator, the text. */
		String key() {
			return file + SEPARATOR + text;
		}

		static Member parse(String key) {
			int separator = key.indexOf(SEPARATOR);
			return new Member(key.substring(0, separator), key.substring(separator + 1));
		}

	}

	private ClaimIdentity() {
	}

	static MemberIdentity.Matching match(Map<Long, Set<Member>> old, List<Set<Member>> fresh) {
		return MemberIdentity.match(old, fresh);
	}

}
