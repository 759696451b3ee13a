package io.parallax.stories;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.parallax.text.SentenceSpan;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;

@Entity
class Article {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	private Story story;

	private String sourceFile;

	private String sha256;

	private String headline;

	private boolean headlineDerived;

	private String standfirst;

	private String byline;

	private LocalDate publishedOn;

	private String outlet;

	private int wordCount;

	private Instant retiredAt;

	private boolean uploaded;

	private String curatedOutlet;

	private String curatedOutletUrl;

	private LocalDate curatedPublishedOn;

	private String curatedBy;

	private Instant curatedAt;

	private Instant importedAt;

	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "article_paragraph", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<ArticleParagraph> paragraphs = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_boilerplate", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	@Column(name = "text")
	private List<String> boilerplate = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "article_metadata", joinColumns = @JoinColumn(name = "article_id"))
	@OrderColumn(name = "position")
	private List<ArticleMetadata> metadata = new ArrayList<>();

	@OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("position")
	private List<Sentence> sentences = new ArrayList<>();

	protected Article() {
	}

	Article(Story story, ArticleContent content, Instant now) {
		this.story = story;
		this.importedAt = now;
		replaceContent(content, now);
	}

	/** Takes a changed file's content; sentences get new ids because they are new sentences. */
	void replaceContent(ArticleContent content, Instant now) {
		sourceFile = content.sourceFile();
		sha256 = content.sha256();
		headline = content.headline();
		headlineDerived = content.headlineDerived();
		standfirst = content.standfirst();
		byline = content.byline();
		publishedOn = content.publishedOn();
		outlet = content.outlet();
		wordCount = content.wordCount();
		boilerplate.clear();
		boilerplate.addAll(content.boilerplate());
		metadata.clear();
		content.metadata().forEach(value -> metadata.add(new ArticleMetadata(value)));
		replaceBody(content.paragraphs());
		retiredAt = null;
		updatedAt = now;
	}

	private void replaceBody(List<ParagraphContent> body) {
		paragraphs.clear();
		sentences.clear();
		for (int p = 0; p < body.size(); p++) {
			ParagraphContent paragraph = body.get(p);
			paragraphs.add(new ArticleParagraph(paragraph.kind(), paragraph.text()));
			for (SentenceSpan span : paragraph.sentences()) {
				sentences.add(new Sentence(this, sentences.size(), p, span.start(), span.end(), span.text()));
			}
		}
	}

	/** An admin's outlet and date, kept apart from the parsed ones; blank values clear them. */
	void curate(String outlet, String outletUrl, LocalDate published, String by, Instant now) {
		curatedOutlet = blankToNull(outlet);
		curatedOutletUrl = blankToNull(outletUrl);
		curatedPublishedOn = published;
		curatedBy = by;
		curatedAt = now;
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	void markUploaded() {
		uploaded = true;
	}

	boolean isUploaded() {
		return uploaded;
	}

	void retire(Instant now) {
		retiredAt = now;
		updatedAt = now;
	}

	void restore(Instant now) {
		retiredAt = null;
		updatedAt = now;
	}

	boolean isRetired() {
		return retiredAt != null;
	}

	Long getId() {
		return id;
	}

	Story getStory() {
		return story;
	}

	String getSourceFile() {
		return sourceFile;
	}

	String getSha256() {
		return sha256;
	}

	String getHeadline() {
		return headline;
	}

	boolean isHeadlineDerived() {
		return headlineDerived;
	}

	String getStandfirst() {
		return standfirst;
	}

	String getByline() {
		return byline;
	}

	LocalDate getPublishedOn() {
		return curatedPublishedOn != null ? curatedPublishedOn : publishedOn;
	}

	/** The outlet readers see: an admin's, where set, else the one the text names. */
	String getOutlet() {
		return curatedOutlet != null ? curatedOutlet : outlet;
	}

	boolean isOutletCurated() {
		return curatedOutlet != null;
	}

	String getCuratedOutletUrl() {
		return curatedOutletUrl;
	}

	boolean isDateCurated() {
		return curatedPublishedOn != null;
	}

	String getCuratedBy() {
		return curatedBy;
	}

	int getWordCount() {
		return wordCount;
	}

	Instant getRetiredAt() {
		return retiredAt;
	}

	List<ArticleParagraph> getParagraphs() {
		return paragraphs;
	}

	List<String> getBoilerplate() {
		return boilerplate;
	}

	/** What a saved page stated about the article and where; empty for a text file. */
	List<MetadataValue> getMetadata() {
		return metadata.stream().map(ArticleMetadata::toValue).toList();
	}

	List<Sentence> getSentences() {
		return sentences;
	}

}
