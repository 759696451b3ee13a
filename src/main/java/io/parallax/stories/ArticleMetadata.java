package io.parallax.stories;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One value a saved page states about its article, and where it was found. */
@Embeddable
class ArticleMetadata {

	private String field;

	@Column(name = "value")
	private String value;

	private String source;

	protected ArticleMetadata() {
	}

	ArticleMetadata(MetadataValue value) {
		this.field = value.field();
		this.value = value.value();
		this.source = value.source();
	}

	MetadataValue toValue() {
		return new MetadataValue(field, value, source);
	}

}
