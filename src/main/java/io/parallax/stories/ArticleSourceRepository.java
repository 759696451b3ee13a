package io.parallax.stories;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ArticleSourceRepository extends Repository<ArticleSource, Long> {

	ArticleSource save(ArticleSource source);

	Optional<ArticleSource> findById(Long articleId);

}
