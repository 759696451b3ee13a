package io.parallax.system;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers API paths that match no route with a problem detail rather than an HTML page.
 */
@RestController
class UnknownApiPathController {

	@RequestMapping("/api/**")
	void unknown(HttpServletRequest request) {
		throw new NotFoundException("API resource", request.getRequestURI());
	}

}
