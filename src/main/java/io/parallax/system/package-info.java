/**
 * Security, errors, time budgets and other concerns every module shares.
 */
@ApplicationModule(allowedDependencies = {})
package io.parallax.system;

import org.springframework.modulith.ApplicationModule;
