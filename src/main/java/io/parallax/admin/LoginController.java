package io.parallax.admin;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class LoginController {

	/** @param throttled the seconds the login throttle asks this address to wait, after a refused try */
	@GetMapping("/login")
	String login(@RequestParam(required = false) String throttled, Model model) {
		if (throttled != null && throttled.matches("[0-9]{1,6}")) {
			model.addAttribute("waitSeconds", Integer.parseInt(throttled));
		}
		return "admin/login";
	}

}
