package io.parallax.stories;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
class ArticleParagraph {

	@Enumerated(EnumType.STRING)
	private ParagraphKind kind;

	@Column(name = "text")
	private String text;

	protected ArticleParagraph() {
	}

	ArticleParagraph(ParagraphKind kind, String text) {
		this.kind = kind;
		this.text = text;
	}

	ParagraphKind getKind() {
		return kind;
	}

	String getText() {
		return text;
	}

}
