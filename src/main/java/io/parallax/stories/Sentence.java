package io.parallax.stories;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

/**
 * A body sentence; its id is what later analysis and citations point at.
 */
@Entity
class Sentence {

	// From the column's own sequence, 50 ids at a time, so that an article's sentences are inserted in batches
	// (an identity id costs a round trip per sentence).
	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sentence_ids")
	@SequenceGenerator(name = "sentence_ids", sequenceName = "sentence_id_block_seq", allocationSize = 50)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Article article;

	private int position;

	private int paragraphPosition;

	private int startOffset;

	private int endOffset;

	@Column(name = "text")
	private String text;

	protected Sentence() {
	}

	Sentence(Article article, int position, int paragraphPosition, int startOffset, int endOffset, String text) {
		this.article = article;
		this.position = position;
		this.paragraphPosition = paragraphPosition;
		this.startOffset = startOffset;
		this.endOffset = endOffset;
		this.text = text;
	}

	Long getId() {
		return id;
	}

	int getPosition() {
		return position;
	}

	int getParagraphPosition() {
		return paragraphPosition;
	}

	int getStartOffset() {
		return startOffset;
	}

	String getText() {
		return text;
	}

}
