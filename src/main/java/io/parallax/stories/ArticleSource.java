package io.parallax.stories;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;

/**
 * The imported file byte for byte, kept apart so that loading an article never loads its raw file.
 */
@Entity
class ArticleSource {

	@Id
	private Long articleId;

	@MapsId
	@OneToOne(fetch = FetchType.LAZY)
	private Article article;

	private byte[] content;

	protected ArticleSource() {
	}

	ArticleSource(Article article, byte[] content) {
		this.article = article;
		this.content = content;
	}

	void replace(byte[] content) {
		this.content = content;
	}

	byte[] getContent() {
		return content;
	}

}
