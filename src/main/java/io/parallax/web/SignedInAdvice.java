package io.parallax.web;

import java.security.Principal;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells every page whether the admin is signed in, so that links only the admin can follow (correcting an
 * article, the admin pages) are shown to the admin alone, and everyone else is offered the login instead.
 */
@ControllerAdvice
class SignedInAdvice {

	@ModelAttribute("signedIn")
	boolean signedIn(Principal principal) {
		return principal != null;
	}

}
