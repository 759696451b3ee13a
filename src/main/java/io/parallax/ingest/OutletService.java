package io.parallax.ingest;

import java.util.Arrays;
import java.util.List;

import io.parallax.stories.OutletRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An admin's naming of an outlet once for every article from it, applied to every stored article in one
 * transaction under the import lock, so that an import never sees the registry half applied.
 */
@Service
public class OutletService {

	private final OutletRegistry registry;

	private final ImportLock lock;

	private final TransactionTemplate transactions;

	OutletService(OutletRegistry registry, ImportLock lock, TransactionTemplate transactions) {
		this.registry = registry;
		this.lock = lock;
		this.transactions = transactions;
	}

	/**
	 * @param aliases other names, separated by commas: what the texts or file names call the outlet
	 * @return how many articles changed name
	 * @throws ImportRefusedException while an import runs
	 */
	public int register(String name, String homePage, String aliases, String by) {
		List<String> names = aliases == null ? List.of() : Arrays.asList(aliases.split(","));
		return locked(() -> registry.register(name, homePage, names, by));
	}

	/** @throws ImportRefusedException while an import runs */
	public int remove(Long id) {
		return locked(() -> registry.remove(id));
	}

	private int locked(java.util.function.IntSupplier change) {
		return transactions.execute(status -> {
			if (!lock.tryAcquire()) {
				throw new ImportRefusedException("an import is running; name the outlet when it has finished");
			}
			return change.getAsInt();
		});
	}

}
