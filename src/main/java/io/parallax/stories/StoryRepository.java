package io.parallax.stories;

import java.util.Optional;

import org.springframework.data.repository.Repository;

interface StoryRepository extends Repository<Story, Long> {

	Story save(Story story);

	Optional<Story> findByFolderKey(String folderKey);

	Optional<Story> findBySlug(String slug);

	boolean existsBySlug(String slug);

	boolean existsByTitleIgnoreCase(String title);

}
