package cn.planwatch.demo;

import java.util.List;

import org.springframework.stereotype.Component;

import cn.planwatch.report.Publications;

/**
 * What the demo city's office has made public: a few headline indicators up to the last year of the
 * demo history, so the public pages (/public) show something on a fresh demo.
 */
@Component
class DemoPublication {

	static final List<String> INDICATORS = List.of("W-1-01", "W-1-04", "C-1-02", "C-1-03");

	private final Publications publications;

	DemoPublication(Publications publications) {
		this.publications = publications;
	}

	void load(int lastHistoryYear) {
		for (String code : INDICATORS) {
			publications.publishIndicator(DemoRegion.CITY.code(), code, lastHistoryYear, "demo");
		}
	}

}
