package io.parallax.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.parallax.ingest.LaidOutLine.Role;
import io.parallax.text.SiteFurniture;
import io.parallax.text.SiteFurniture.PublisherFooter;

/**
 * The first pass over a file's text: splits it into lines, sets site furniture aside, re-joins lines that a
 * hard-wrapped file broke mid-sentence, and notes the dateline and publisher footer when there are any.
 */
final class TextLayout {

	private static final int MAX_CAPTION_WORDS = 40;

	private final List<LaidOutLine> lines = new ArrayList<>();

	private LocalDate publishedOn;

	private PublisherFooter footer;

	private final boolean hardWrapped;

	private boolean inTail;

	private TextLayout(boolean hardWrapped) {
		this.hardWrapped = hardWrapped;
	}

	static TextLayout of(String text) {
		String[] rawLines = text.split("\n");
		TextLayout layout = new TextLayout(HardWrap.isHardWrapped(rawLines));
		boolean gap = true;
		for (String raw : rawLines) {
			String line = raw.strip();
			if (line.isEmpty()) {
				gap = true;
				continue;
			}
			layout.add(line, gap);
			gap = false;
		}
		layout.markFurnitureNeighbours();
		return layout;
	}

	private void add(String line, boolean afterGap) {
		Optional<PublisherFooter> publisher = SiteFurniture.publisherFooter(line);
		Optional<LocalDate> date = PublicationDates.fromDateline(line);
		inTail = inTail || SiteFurniture.isTailMarker(line);
		boolean tailItem = inTail && !TextShapes.endsLikeSentence(line) && TextShapes.words(line) <= 12;
		inTail = inTail && (tailItem || SiteFurniture.isFurniture(line));
		if (publisher.isPresent() || date.isPresent() || SiteFurniture.isFurniture(line) || tailItem) {
			publisher.ifPresent(p -> footer = footer == null ? p : footer);
			captionBefore(line);
			date.ifPresent(d -> publishedOn = publishedOn == null ? d : publishedOn);
			lines.add(new LaidOutLine(line, Role.FURNITURE));
			return;
		}
		LaidOutLine previous = lines.isEmpty() ? null : lines.get(lines.size() - 1);
		if (!afterGap && previous != null && previous.isContent()
				&& (hardWrapped || wrappedMidSentence(previous.text(), line))) {
			lines.set(lines.size() - 1, new LaidOutLine(previous.text() + " " + line, Role.BODY));
			return;
		}
		lines.add(new LaidOutLine(line, Role.BODY));
	}

	private void captionBefore(String credit) {
		int last = lines.size() - 1;
		if (SiteFurniture.isPhotoCredit(credit) && last >= 0 && lines.get(last).isContent()
				&& TextShapes.words(lines.get(last).text()) <= MAX_CAPTION_WORDS) {
			lines.set(last, new LaidOutLine(lines.get(last).text(), Role.FURNITURE));
		}
	}

	// A hard-wrapped file breaks lines inside sentences: the line before does not end one, this one does not
	// start one.
	private static boolean wrappedMidSentence(String previous, String line) {
		return !TextShapes.endsLikeSentence(previous) && TextShapes.startsLowercase(line);
	}

	private void markFurnitureNeighbours() {
		for (int i = 0; i + 1 < lines.size(); i++) {
			if (lines.get(i).isContent() && !lines.get(i + 1).isContent()) {
				lines.get(i).markFurnitureFollows();
			}
		}
	}

	List<LaidOutLine> lines() {
		return lines;
	}

	List<LaidOutLine> content() {
		return lines.stream().filter(LaidOutLine::isContent).toList();
	}

	Optional<LocalDate> publishedOn() {
		return Optional.ofNullable(publishedOn);
	}

	Optional<PublisherFooter> footer() {
		return Optional.ofNullable(footer);
	}

}
