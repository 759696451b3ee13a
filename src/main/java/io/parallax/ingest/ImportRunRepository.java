package io.parallax.ingest;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface ImportRunRepository extends Repository<ImportRun, Long> {

	ImportRun save(ImportRun run);

	Optional<ImportRun> findById(Long id);

	List<ImportRun> findByOrderByStartedAtDesc(Limit limit);

	Optional<ImportRun> findFirstByStatusOrderByStartedAtDesc(ImportRun.Status status);

	@Modifying
	@Query("""
			update ImportRun r set r.status = io.parallax.ingest.ImportRun.Status.FAILED, r.finishedAt = :now,
			       r.message = 'interrupted: the application stopped before this import finished; nothing of it was kept'
			where r.status = io.parallax.ingest.ImportRun.Status.RUNNING""")
	int failInterrupted(java.time.Instant now);

}
