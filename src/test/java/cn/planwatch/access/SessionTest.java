package cn.planwatch.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.catalina.Context;
import org.apache.catalina.startup.Tomcat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.embedded.tomcat.TomcatWebServer;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;

import cn.planwatch.support.PlanWatchTest;

/** Sessions end after inactivity, and what a browser, htmx or an API client is told then. */
@PlanWatchTest
class SessionTest {

	@LocalServerPort
	int port;

	@Autowired
	ServletWebServerApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void sessionsExpireAfterThirtyMinutesOfInactivity() {
		Tomcat tomcat = ((TomcatWebServer) context.getWebServer()).getTomcat();
		Context webapp = (Context) tomcat.getHost().findChildren()[0];

		assertThat(webapp.getSessionTimeout()).isEqualTo(30);
	}

	@Test
	void anExpiredSessionSendsAPageBackToTheLoginFormSayingSo() throws Exception {
		HttpResponse<String> response = send(request("/regions/990100").header("Cookie", "JSESSIONID=expired0001"));

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login?expired"));
	}

	@Test
	void anExpiredSessionGivesAnApiCallA401Problem() throws Exception {
		HttpResponse<String> response = send(request("/api/v1/regions").header("Cookie", "JSESSIONID=expired0002"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.body()).contains("未登录");
	}

	@Test
	void anHtmxRequestWithoutASessionIsToldToLoadTheLoginPage() throws Exception {
		HttpResponse<String> response = send(request("/plans/1?department=1").header("HX-Request", "true"));

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("HX-Redirect")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
