package cn.planwatch.report.wording;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads the lines of one section into its parts: text, {@code {名称}} placeholders and
 * {@code {?名称}…{/名称}} blocks, which may span lines within the section but not leave it. Every
 * mistake is reported with its line and reading goes on, so one pass finds them all.
 */
final class SectionBuilder {

	private static final int FRAGMENT_LENGTH = 12;

	private final String name;

	private final int headerLine;

	private final ProblemMessages messages;

	private final List<TemplateProblem> problems;

	private final List<Part> root = new ArrayList<>();

	private final Deque<OpenBlock> open = new ArrayDeque<>();

	private final StringBuilder text = new StringBuilder();

	/** Blocks ended early because an outer block's end crossed them. */
	private final Set<String> endedEarly = new HashSet<>();

	private record OpenBlock(String name, int line, List<Part> parts) {
	}

	SectionBuilder(String name, int headerLine, ProblemMessages messages, List<TemplateProblem> problems) {
		this.name = name;
		this.headerLine = headerLine;
		this.messages = messages;
		this.problems = problems;
	}

	void line(int number, String line) {
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (Syntax.isOpenBrace(c)) {
				int end = i + 1;
				while (end < line.length() && !Syntax.isCloseBrace(line.charAt(end))
						&& !Syntax.isOpenBrace(line.charAt(end))) {
					end++;
				}
				if (end == line.length() || Syntax.isOpenBrace(line.charAt(end))) {
					problems.add(messages.unclosedBrace(number, name, fragment(line.substring(i, end))));
					i = end;
					continue;
				}
				marker(number, line.substring(i + 1, end), line.substring(i, end + 1));
				i = end + 1;
			}
			else {
				if (Syntax.isCloseBrace(c)) {
					problems.add(messages.strayCloseBrace(number, name));
				}
				else {
					text.append(c);
				}
				i++;
			}
		}
		text.append('\n');
	}

	Section build() {
		flushText();
		while (!open.isEmpty()) {
			OpenBlock block = open.pop();
			problems.add(messages.unclosedBlock(block.line(), name, block.name()));
		}
		return new Section(name, headerLine, root);
	}

	/** What stood between the braces: a placeholder, a block's start or a block's end. */
	private void marker(int number, String inside, String written) {
		String stripped = inside.strip();
		boolean opens = !stripped.isEmpty() && Syntax.isBlockOpen(stripped.charAt(0));
		boolean closes = !stripped.isEmpty() && Syntax.isBlockClose(stripped.charAt(0));
		String markerName = opens || closes ? stripped.substring(1).strip() : stripped;
		if (!Syntax.isName(markerName)) {
			problems.add(messages.unknownSyntax(number, name, written));
			return;
		}
		flushText();
		if (opens) {
			open.push(new OpenBlock(markerName, number, new ArrayList<>()));
		}
		else if (closes) {
			close(number, markerName);
		}
		else {
			parts().add(new Part.Slot(markerName, number));
		}
	}

	private void close(int number, String blockName) {
		OpenBlock innermost = open.peek();
		if (innermost != null && innermost.name().equals(blockName)) {
			finish(open.pop());
			return;
		}
		if (endedEarly.remove(blockName)) {
			return; // its crossing was reported already
		}
		if (innermost == null) {
			problems.add(messages.strayBlockEnd(number, name, blockName));
			return;
		}
		problems.add(messages.crossedBlockEnd(number, name, blockName, innermost.name(), innermost.line()));
		if (open.stream().anyMatch(block -> block.name().equals(blockName))) {
			// end the inner blocks here too, and take their own ends later without a second complaint
			while (!open.peek().name().equals(blockName)) {
				endedEarly.add(open.peek().name());
				finish(open.pop());
			}
			finish(open.pop());
		}
	}

	private void finish(OpenBlock block) {
		parts().add(new Part.Block(block.name(), block.line(), block.parts()));
	}

	private List<Part> parts() {
		return open.isEmpty() ? root : open.peek().parts();
	}

	private void flushText() {
		if (!text.isEmpty()) {
			parts().add(new Part.Literal(text.toString()));
			text.setLength(0);
		}
	}

	private static String fragment(String text) {
		return text.length() <= FRAGMENT_LENGTH ? text : text.substring(0, FRAGMENT_LENGTH) + "…";
	}

}
