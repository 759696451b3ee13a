package io.parallax.stories;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface StoryRepository extends Repository<Story, Long> {

	Story save(Story story);

	Optional<Story> findByFolderKey(String folderKey);

	Optional<Story> findBySlug(String slug);

	boolean existsBySlug(String slug);

	@Query("""
			select new io.parallax.stories.StoryListing(s.slug, s.title, s.titleDerived,
			       count(a.id), count(distinct coalesce(a.curatedOutlet, a.outlet)))
			from Story s left join Article a on a.story = s and a.retiredAt is null
			group by s.id, s.slug, s.title, s.titleDerived
			order by s.title""")
	List<StoryListing> findListings();

}
