package io.parallax.system;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers API paths that match no route with a problem detail rather than an HTML page. Only reads: another method
 * on an existing route is a 405, on no route a 404, both shown by the error dispatch.
 */
@RestController
@Hidden // not a route of the API: what answers where there is none
class UnknownApiPathController {

	@GetMapping("/api/**")
	void unknown(HttpServletRequest request) {
		throw new NotFoundException("API resource", request.getRequestURI());
	}

}
