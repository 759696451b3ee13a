package io.parallax.stories;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.Repository;

interface ArticleRepository extends Repository<Article, Long> {

	Article save(Article article);

	List<Article> findByStory(Story story);

	List<Article> findAll();

	// Derived queries rather than @Query strings: Spring Data parses a declared query with its own HQL grammar
	// when the repository is created, and loading that parser cost about a second of every start-up.
	@EntityGraph(attributePaths = "story")
	Optional<Article> findWithStoryById(Long id);

	long countByRetiredAtIsNull();

}
