package cn.planwatch.report;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.report.internal.TemplateRepository;
import cn.planwatch.report.wording.DefaultTemplates;
import cn.planwatch.report.wording.ReportKind;
import cn.planwatch.report.wording.TemplateProblem;
import cn.planwatch.report.wording.WordingTemplate;
import cn.planwatch.shared.InvalidInputException;

/**
 * The wording templates reports are written in: the office's own version of a kind when it saved
 * one, else the default shipped with the system. A template is checked before it is saved — every
 * section the report needs, only known placeholders — and refused with all its problems listed.
 */
@Service
public class ReportTemplates {

	private final TemplateRepository repository;

	ReportTemplates(TemplateRepository repository) {
		this.repository = repository;
	}

	public WordingTemplate of(ReportKind kind) {
		return WordingTemplate.parse(kind.title(), text(kind));
	}

	public String text(ReportKind kind) {
		return repository.text(kind.name()).orElseGet(() -> DefaultTemplates.text(kind));
	}

	public boolean isCustomised(ReportKind kind) {
		return repository.text(kind.name()).isPresent();
	}

	@Transactional
	public void save(ReportKind kind, String text, String user) {
		if (text == null || text.isBlank()) {
			throw new InvalidInputException("text", "模板内容不能为空。");
		}
		List<TemplateProblem> problems = kind.check(text);
		if (!problems.isEmpty()) {
			throw new InvalidInputException("text", "模板有 " + problems.size() + " 处问题，未保存：\n"
					+ problems.stream().map(TemplateProblem::message).collect(Collectors.joining("\n")));
		}
		repository.save(kind.name(), text, user);
	}

	/** Goes back to the default wording. */
	@Transactional
	public void reset(ReportKind kind) {
		repository.delete(kind.name());
	}

}
