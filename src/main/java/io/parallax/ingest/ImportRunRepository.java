package io.parallax.ingest;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

// Derived queries only: a declared @Query string is parsed with Spring Data's own HQL grammar when the repository is
// created, and loading that parser cost about a second of every start-up.
interface ImportRunRepository extends Repository<ImportRun, Long> {

	ImportRun save(ImportRun run);

	Optional<ImportRun> findById(Long id);

	List<ImportRun> findByOrderByStartedAtDesc(Limit limit);

	Optional<ImportRun> findFirstByStatusOrderByStartedAtDesc(ImportRun.Status status);

	List<ImportRun> findByStatus(ImportRun.Status status);

}
