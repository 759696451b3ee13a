package io.parallax.stories;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ArticleRepository extends Repository<Article, Long> {

	Article save(Article article);

	List<Article> findByStory(Story story);

	List<Article> findAll();

	@Query("select a from Article a join fetch a.story where a.id = :id")
	Optional<Article> findWithStory(Long id);

	@Query("""
			select new io.parallax.stories.ArticleCard(a.id, a.sourceFile, a.headline, a.headlineDerived,
			       coalesce(a.curatedOutlet, a.registeredOutlet, a.outlet), a.label, a.labelSource, a.byline, coalesce(a.curatedPublishedOn, a.publishedOn), a.wordCount,
			       (select se.text from Sentence se where se.article = a and se.position = 0))
			from Article a
			where a.story = :story and a.retiredAt is null
			order by coalesce(a.curatedPublishedOn, a.publishedOn) asc nulls last, a.sourceFile""")
	List<ArticleCard> findCards(Story story);

	@Query("select count(a) from Article a where a.retiredAt is null")
	long countActive();

}
