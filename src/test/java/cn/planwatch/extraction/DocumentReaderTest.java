package cn.planwatch.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DocumentReaderTest {

	private static final String GOAL = "1．孕产妇死亡率控制在12/10万以下，城乡差距缩小。";

	@Test
	void readsUtf8Text() {
		assertThat(DocumentReader.read("规划.txt", ("主要目标\n" + GOAL).getBytes(StandardCharsets.UTF_8)))
			.contains("孕产妇死亡率控制在12/10万以下");
	}

	@Test
	void readsUtf8TextWithAByteOrderMark() {
		byte[] bom = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };
		byte[] body = GOAL.getBytes(StandardCharsets.UTF_8);
		byte[] content = new byte[bom.length + body.length];
		System.arraycopy(bom, 0, content, 0, 3);
		System.arraycopy(body, 0, content, 3, body.length);

		assertThat(DocumentReader.read("plan.txt", content)).startsWith("1．孕产妇");
	}

	@Test
	void detectsGbkText() {
		byte[] gbk = ("主要目标\n" + GOAL).getBytes(Charset.forName("GBK"));

		assertThat(DocumentReader.read("规划（GBK）.txt", gbk)).contains("孕产妇死亡率控制在12/10万以下");
	}

	@Test
	void readsUtf16WithAByteOrderMark() {
		assertThat(DocumentReader.read("plan.txt", ("\uFEFF" + GOAL).getBytes(StandardCharsets.UTF_16LE)))
			.contains("孕产妇死亡率");
	}

	@Test
	void readsTheParagraphsAndTablesOfADocx() {
		byte[] docx = TestDocuments.docx(List.of("主要目标", GOAL), List.of(List.of("指标", "目标值"), List.of("宫颈癌筛查率", "70%")));

		String text = DocumentReader.read("规划.docx", docx);

		assertThat(text).contains("主要目标").contains("孕产妇死亡率控制在12/10万以下").contains("宫颈癌筛查率\t70%");
	}

	@Test
	void readsTheTextLayerOfAPdf() {
		byte[] pdf = TestDocuments.pdfWithText(List.of("主要目标", GOAL, "2．适龄妇女宫颈癌人群筛查率达到70%以上。"));

		String text = DocumentReader.read("规划.pdf", pdf);

		assertThat(text).contains("主要目标").contains("宫颈癌人群筛查率达到70%以上");
	}

	@Test
	void aScannedPdfWithoutTextIsExplained() {
		assertThatThrownBy(() -> DocumentReader.read("扫描件.pdf", TestDocuments.scannedPdf(2)))
			.isInstanceOf(DocumentException.class)
			.hasMessageContaining("扫描件.pdf")
			.hasMessageContaining("没有可读取的文字层");
	}

	@Test
	void anEmptyFileIsExplained() {
		assertThatThrownBy(() -> DocumentReader.read("空.txt", new byte[0])).isInstanceOf(DocumentException.class)
			.hasMessageContaining("“空.txt”是空的");
	}

	@Test
	void aBinaryFileIsExplained() {
		byte[] noise = new byte[4096];
		new Random(42).nextBytes(noise);
		noise[10] = 0;

		assertThatThrownBy(() -> DocumentReader.read("data.txt", noise)).isInstanceOf(DocumentException.class)
			.hasMessageContaining("不是文本文件");
	}

	@Test
	void aTruncatedDocxIsExplained() {
		byte[] docx = TestDocuments.docx(List.of("主要目标", GOAL), List.of());
		byte[] truncated = Arrays.copyOf(docx, docx.length / 2);

		assertThatThrownBy(() -> DocumentReader.read("半截.docx", truncated)).isInstanceOf(DocumentException.class)
			.hasMessageContaining("“半截.docx”不是有效的 Word（.docx）文件");
	}

	@Test
	void aTruncatedPdfIsExplained() {
		byte[] pdf = TestDocuments.pdfWithText(List.of("主要目标", GOAL));
		byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);

		assertThatThrownBy(() -> DocumentReader.read("半截.pdf", truncated)).isInstanceOf(DocumentException.class)
			.hasMessageContaining("半截.pdf");
	}

	@Test
	void aFileRenamedToDocxIsExplained() {
		assertThatThrownBy(() -> DocumentReader.read("改名.docx", GOAL.getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DocumentException.class)
			.hasMessageContaining("只是改了扩展名");
	}

	@Test
	void anOldWordFileIsAskedToBeSavedAsDocx() {
		assertThatThrownBy(() -> DocumentReader.read("规划.doc", new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }))
			.isInstanceOf(DocumentException.class)
			.hasMessageContaining("另存为 .docx");
	}

	@Test
	void anUnsupportedTypeIsExplained() {
		assertThatThrownBy(() -> DocumentReader.read("规划.xlsx", "x".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(DocumentException.class)
			.hasMessageContaining("不支持的文件类型“.xlsx”");
	}

	@Test
	void aPdfNamedAsDocxIsReadByItsContent() {
		byte[] pdf = TestDocuments.pdfWithText(List.of("主要目标", GOAL));

		assertThat(DocumentReader.read("规划.docx", pdf)).contains("孕产妇死亡率");
	}

}
