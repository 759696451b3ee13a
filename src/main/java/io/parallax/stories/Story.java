package io.parallax.stories;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

@Entity
class Story {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String folderKey;

	private String slug;

	private String title;

	private boolean titleDerived;

	private Instant createdAt;

	private Instant updatedAt;

	protected Story() {
	}

	Story(String folderKey, String slug, Instant now) {
		this.folderKey = folderKey;
		this.slug = slug;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void retitle(String title, boolean derived, Instant now) {
		this.title = title;
		this.titleDerived = derived;
		this.updatedAt = now;
	}

	void reslug(String slug) {
		this.slug = slug;
	}

	Long getId() {
		return id;
	}

	String getFolderKey() {
		return folderKey;
	}

	String getSlug() {
		return slug;
	}

	String getTitle() {
		return title;
	}

	boolean isTitleDerived() {
		return titleDerived;
	}

}
