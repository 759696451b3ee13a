package io.parallax.stories;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;

/**
 * A body sentence; its id is what later analysis and citations point at.
 */
@Entity
class Sentence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
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
