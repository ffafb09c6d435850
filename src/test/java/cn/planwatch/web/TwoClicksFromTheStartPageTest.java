package cn.planwatch.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

import cn.planwatch.access.UserAccounts;
import cn.planwatch.support.PlanWatchTest;
import cn.planwatch.support.SignedIn;

/**
 * A new user on the demo: every page a role reaches within two clicks of its start page answers without
 * an error, has content in its main area, no untranslated English and no form control or button without
 * an accessible name, and the role's own work is among those pages. Pages are told apart by their path with the numbers left out and the names of their query
 * parameters (one target page stands for all); downloads (files, {@code format=}) are left to the tests of
 * each export.
 */
@PlanWatchTest
class TwoClicksFromTheStartPageTest {

	/**
	 * Latin words a Chinese page may show: product and format names, and the names of statistical methods as
	 * Chinese statistics writes them (Theil–Sen, Mann–Kendall, logit). User names are marked
	 * {@code translate="no"} where they are shown and left out of the check.
	 */
	private static final Set<String> LATIN_ALLOWED = Set.of("PlanWatch", "Excel", "Word", "PDF", "API", "OpenAPI",
			"JSON", "UTF", "GBK", "CSV", "xlsx", "docx", "pdf", "zip", "txt", "Bearer", "token", "ECharts", "GB", "KB",
			"MB", "ID", "Theil", "Sen", "Mann", "Kendall", "logit");

	private static final Pattern LATIN_WORD = Pattern.compile("(?<![A-Za-z0-9_./-])[A-Za-z]{3,}(?![A-Za-z0-9_./-])");

	private static final Pattern DOWNLOAD = Pattern
		.compile("\\.(xlsx|docx|pdf|zip|txt|csv|json)$|/download|/files/|/attachments/|/logout");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	static Stream<Arguments> roles() {
		return Stream.of(
				Arguments.of("office", List.of("/regions/#/cockpit", "/regions/#/assessment", "/regions/#/reports",
						"/evaluations", "/rectifications", "/regions/#/assessment/targets/#")),
				Arguments.of("stats", List.of("/rounds/#", "/regions/#/cockpit")),
				Arguments.of("leader", List.of("/regions/#/cockpit", "/evaluations")),
				Arguments.of("viewer", List.of("/regions/#/cockpit", "/plans/#")),
				Arguments.of("admin", List.of("/users", "/assessment-settings", "/rules", "/report-templates", "/imports")),
				Arguments.of("reporter-health", List.of("/plans/#")),
				Arguments.of("donglin-office", List.of("/regions/#/cockpit", "/rectifications/#", "/evaluations/#")),
				Arguments.of("donglin-stats", List.of("/rounds/#")),
				Arguments.of("donglin-reporter-health", List.of("/tasks/#", "/rectifications/#", "/self-assessments/#")),
				Arguments.of("donglin-chengguan-reporter-health", List.of("/tasks/#")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("roles")
	void everyPageWithinTwoClicksWorksInChineseIsLabelledAndTheRolesWorkIsAmongThem(String username, List<String> work)
			throws Exception {
		Map<String, String> visited = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		List<String> frontier = List.of("/");
		for (int depth = 0; depth <= 2; depth++) {
			List<String> next = new ArrayList<>();
			for (String url : frontier) {
				String kind = kindOf(url);
				if (visited.containsKey(kind)) {
					continue;
				}
				visited.put(kind, url);
				Document page = fetch(username, url, problems);
				if (page != null && depth < 2) {
					next.addAll(links(page));
				}
			}
			frontier = next;
		}

		assertThat(problems).as("pages of %s within two clicks", username).isEmpty();
		assertThat(visited.keySet()).as("pages %s reaches within two clicks", username)
			.anySatisfy(kind -> assertThat(kind).isNotEqualTo("/"));
		for (String expected : work) {
			assertThat(visited.keySet().stream().map(k -> k.split("\\?")[0]))
				.as("%s's work (%s) within two clicks of the start page", username, expected)
				.contains(expected);
		}
	}

	/** Fetches a page (following redirects inside the application) and notes what is wrong with it. */
	private Document fetch(String username, String url, List<String> problems) throws Exception {
		String at = url;
		for (int hops = 0; hops < 5; hops++) {
			MockHttpServletResponse response = mvc.perform(get(UriComponentsBuilder.fromUriString(at).build(true).toUri())
				.with(SignedIn.as(users, username))).andReturn().getResponse();
			int status = response.getStatus();
			if (status >= 300 && status < 400) {
				at = response.getRedirectedUrl();
				if (at == null || at.startsWith("http") || at.contains("/login")) {
					problems.add(url + ": redirected to " + at);
					return null;
				}
				continue;
			}
			if (status != 200) {
				problems.add(url + ": status " + status);
				return null;
			}
			String type = response.getContentType();
			if (type == null || !type.startsWith("text/html")) {
				return null;
			}
			Document page = Jsoup.parse(response.getContentAsString(), "http://localhost" + at);
			check(at, page, problems);
			return page;
		}
		problems.add(url + ": too many redirects");
		return null;
	}

	private static void check(String url, Document page, List<String> problems) {
		page.select("script, style, noscript, template, code, pre, kbd, samp, [translate=no]").remove();
		Element main = page.selectFirst("main");
		if (main == null || main.text().isBlank()) {
			problems.add(url + ": nothing in the main area");
		}
		StringBuilder text = new StringBuilder(page.body().text());
		for (Element element : page.select("[placeholder], [title], [aria-label], [alt]")) {
			Stream.of("placeholder", "title", "aria-label", "alt")
				.map(element::attr)
				.forEach(value -> text.append(' ').append(value));
		}
		Set<String> latin = new TreeSet<>();
		Matcher words = LATIN_WORD.matcher(text);
		while (words.find()) {
			if (!LATIN_ALLOWED.contains(words.group())) {
				latin.add(words.group());
			}
		}
		if (!latin.isEmpty()) {
			problems.add(url + ": untranslated " + latin);
		}
		if (page.title().isBlank()) {
			problems.add(url + ": no title");
		}
		for (Element control : page.select("input:not([type=hidden]):not([type=submit]):not([type=button]), select, textarea")) {
			if (!labelled(page, control)) {
				problems.add(url + ": control without a label: " + control.outerHtml().replaceAll("\\s+", " "));
			}
		}
		for (Element button : page.select("button, a.btn")) {
			if (button.text().isBlank() && button.attr("aria-label").isBlank() && button.attr("title").isBlank()) {
				problems.add(url + ": button without a name: " + button.outerHtml().replaceAll("\\s+", " "));
			}
		}
	}

	/** Whether a form control has an accessible name: a label, aria-label(ledby) or title. */
	private static boolean labelled(Document page, Element control) {
		String id = control.id();
		return !control.attr("aria-label").isBlank() || !control.attr("aria-labelledby").isBlank()
				|| !control.attr("title").isBlank() || control.closest("label") != null
				|| !id.isEmpty() && page.select("label[for]").stream().anyMatch(label -> label.attr("for").equals(id));
	}

	/** The page's links inside the application, downloads left out. */
	private static Set<String> links(Document page) {
		Set<String> links = new LinkedHashSet<>();
		for (Element a : page.select("a[href]")) {
			String href = a.attr("href");
			if (href.isBlank() || href.startsWith("#") || href.startsWith("http") || href.startsWith("mailto:")
					|| href.startsWith("javascript:")) {
				continue;
			}
			String absolute = a.absUrl("href").replaceFirst("^http://localhost", "").replaceFirst("#.*$", "");
			if (!absolute.startsWith("/") || absolute.startsWith("/webjars/") || absolute.startsWith("/css/")
					|| absolute.startsWith("/js/") || DOWNLOAD.matcher(absolute.split("\\?")[0]).find()
					|| absolute.contains("format=")) {
				continue;
			}
			links.add(absolute);
		}
		return links;
	}

	/** A page's kind: its path with numbers left out, and the names of its query parameters. */
	static String kindOf(String url) {
		UriComponents uri = UriComponentsBuilder.fromUriString(url).build();
		String path = uri.getPath() == null ? "/" : uri.getPath().replaceAll("\\d+", "#");
		Set<String> names = new TreeSet<>(uri.getQueryParams().keySet());
		return names.isEmpty() ? path : path + "?" + String.join("&", names);
	}

}
