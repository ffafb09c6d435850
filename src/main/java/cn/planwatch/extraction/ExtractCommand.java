package cn.planwatch.extraction;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code extract} command of {@code planwatch.jar}: {@code extract FILE [--format jsonl|json]}
 * prints the plans read from a notice (one JSON object per main goal, or the whole result), and
 * {@code extract FILE --score TRUTH.jsonl} prints precision, recall and F1 against ground truth.
 * Problems are reported as one Chinese sentence naming the file, with exit code 2.
 */
public final class ExtractCommand {

	static final int OK = 0;

	static final int FAILED = 2;

	static final String USAGE = """
			用法：
			  java -jar planwatch.jar extract 文件 [--format jsonl|json]
			      读取规划通知（txt、docx、pdf），输出主要目标（jsonl：每行一个目标）或完整结果（json）。
			  java -jar planwatch.jar extract 文件 --score 真值.goals.jsonl [--strict]
			      与人工标注的真值比较，输出主要目标、数值目标、方向目标的精确率、召回率和 F1。
			      默认把真值中无数值的“全覆盖”按 100% 计（README 约定）；--strict 则完全按真值原样计分。
			""";

	private ExtractCommand() {
	}

	private record Options(Path file, String format, Path truth, boolean strict) {
	}

	/** Runs the command; {@code args[0]} is "extract". Returns the process exit code. */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		Options options;
		try {
			options = options(args);
		}
		catch (IllegalArgumentException ex) {
			print(err, "错误：" + ex.getMessage() + System.lineSeparator() + USAGE);
			return FAILED;
		}
		if (options == null) {
			print(out, USAGE);
			return OK;
		}
		try {
			ExtractionResult result = PlanDocumentExtractor.extract(read(options.file()));
			if (options.truth() != null) {
				List<GoalRow> truth = truth(options.truth());
				ExtractionScore score = ExtractionScore.compare(truth, GoalRow.of(result), !options.strict());
				print(out, "文件：" + options.file() + System.lineSeparator() + "真值：" + options.truth()
						+ System.lineSeparator() + score.table());
				return OK;
			}
			print(out, options.format().equals("json") ? ExtractionJson.resultJson(result)
					: ExtractionJson.goalsJsonl(result));
			for (String warning : result.warnings()) {
				print(err, "提示：" + warning + System.lineSeparator());
			}
			return OK;
		}
		catch (DocumentException ex) {
			String message = ex.getMessage();
			String named = names(message, options.file()) || names(message, options.truth()) ? message
					: options.file() + "：" + message;
			print(err, "错误：" + named + System.lineSeparator());
			return FAILED;
		}
		catch (RuntimeException ex) {
			print(err, "错误：处理文件 " + options.file() + " 时出错（" + ex.getClass().getSimpleName()
					+ (ex.getMessage() == null ? "" : "：" + ex.getMessage()) + "）" + System.lineSeparator());
			return FAILED;
		}
	}

	private static boolean names(String message, Path file) {
		return message != null && file != null && file.getFileName() != null
				&& message.contains(file.getFileName().toString());
	}

	/** The parsed options, or null when help was asked for. */
	private static Options options(String[] args) {
		Path file = null;
		String format = "jsonl";
		Path truth = null;
		boolean strict = false;
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			switch (arg) {
				case "--help", "-h", "help" -> {
					return null;
				}
				case "--format" -> {
					format = value(args, ++i, arg);
					if (!format.equals("jsonl") && !format.equals("json")) {
						throw new IllegalArgumentException("--format 只能是 jsonl 或 json，而不是 " + format);
					}
				}
				case "--score" -> truth = path(value(args, ++i, arg));
				case "--strict" -> strict = true;
				default -> {
					if (arg.startsWith("--")) {
						throw new IllegalArgumentException("未知选项 " + arg);
					}
					if (file != null) {
						throw new IllegalArgumentException("只能指定一个文件，多出了 " + arg);
					}
					file = path(arg);
				}
			}
		}
		if (file == null) {
			throw new IllegalArgumentException("请指定要读取的规划文件");
		}
		if (strict && truth == null) {
			throw new IllegalArgumentException("--strict 只能与 --score 一起使用");
		}
		return new Options(file, format, truth, strict);
	}

	private static String value(String[] args, int index, String option) {
		if (index >= args.length || args[index].startsWith("--")) {
			throw new IllegalArgumentException(option + " 后面缺少取值");
		}
		return args[index];
	}

	private static Path path(String text) {
		try {
			return Path.of(text);
		}
		catch (InvalidPathException ex) {
			throw new IllegalArgumentException("无效的文件名 " + text);
		}
	}

	private static String read(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new DocumentException("找不到文件 " + file + "，请检查路径。");
		}
		return DocumentReader.read(file);
	}

	private static List<GoalRow> truth(Path file) {
		if (!Files.isRegularFile(file)) {
			throw new DocumentException("找不到真值文件 " + file + "，请检查路径。");
		}
		try {
			return ExtractionJson.readGoalsJsonl(Files.readString(file, StandardCharsets.UTF_8));
		}
		catch (IOException | RuntimeException ex) {
			throw new DocumentException("无法读取真值文件 " + file + "：" + ex.getMessage(), ex);
		}
	}

	/** Writes UTF-8 whatever the platform's console encoding is. */
	private static void print(PrintStream stream, String text) {
		stream.writeBytes(text.getBytes(StandardCharsets.UTF_8));
		stream.flush();
	}

}
