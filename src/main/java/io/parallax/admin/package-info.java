/**
 * What admins do: re-import, upload, correct an outlet; the import history.
 */
@ApplicationModule(allowedDependencies = { "ingest", "stories" })
package io.parallax.admin;

import org.springframework.modulith.ApplicationModule;
