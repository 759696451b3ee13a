package io.parallax.system;

import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Answers API paths that match no route with a problem detail rather than an HTML page. Only reads: another method
 * on an existing route is a 405, on no route a 404, both shown by the error dispatch. A read of a route that takes
 * only other methods ({@code GET /api/admin/imports}, which starts an import by {@code POST}) would otherwise land
 * here as a 404: it is a 405 naming the methods it takes.
 */
@RestController
@Hidden // not a route of the API: what answers where there is none
class UnknownApiPathController {

	private final RequestMappingHandlerMapping mappings;

	UnknownApiPathController(@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings) {
		this.mappings = mappings;
	}

	@GetMapping("/api/**")
	void unknown(HttpServletRequest request) throws HttpRequestMethodNotSupportedException {
		Set<String> allowed = new TreeSet<>();
		for (RequestMappingInfo route : mappings.getHandlerMethods().keySet()) {
			if (route.getPathPatternsCondition() != null
					&& route.getPathPatternsCondition().getMatchingCondition(request) != null
					&& !route.getPathPatternsCondition().getPatternValues().contains("/api/**")) {
				route.getMethodsCondition().getMethods().forEach(method -> allowed.add(method.name()));
			}
		}
		if (!allowed.isEmpty()) {
			throw new HttpRequestMethodNotSupportedException(request.getMethod(), allowed);
		}
		throw new NotFoundException("API resource", request.getRequestURI());
	}

}
