package cn.planwatch.web;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * JSON for {@code <script type="application/json">} blocks read by page scripts (charts), made by the controller.
 * "&lt;/" is escaped so that no value can end the script element.
 */
@Component
class JsonText {

	private final ObjectMapper json;

	JsonText(ObjectMapper json) {
		this.json = json;
	}

	public String of(Object value) {
		try {
			return json.writeValueAsString(value).replace("</", "<\\/");
		}
		catch (JsonProcessingException ex) {
			throw new IllegalStateException("Cannot write chart data as JSON", ex);
		}
	}

}
