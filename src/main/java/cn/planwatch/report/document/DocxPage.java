package cn.planwatch.report.document;

import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The Word page: A4 (POI's default is Letter) with GB/T 9704 margins, "第 N 页 共 M 页" in the
 * footer as PAGE and NUMPAGES fields, and the 演示数据 marker in the header of demo documents.
 */
final class DocxPage {

	private DocxPage() {
	}

	static void setUp(XWPFDocument document, boolean demo) {
		CTSectPr section = document.getDocument().getBody().isSetSectPr() ? document.getDocument().getBody().getSectPr()
				: document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(PageLayout.twips(PageLayout.PAGE_WIDTH_MM)));
		size.setH(BigInteger.valueOf(PageLayout.twips(PageLayout.PAGE_HEIGHT_MM)));
		size.setOrient(STPageOrientation.PORTRAIT);
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(PageLayout.twips(PageLayout.TOP_MM)));
		margins.setBottom(BigInteger.valueOf(PageLayout.twips(PageLayout.BOTTOM_MM)));
		margins.setLeft(BigInteger.valueOf(PageLayout.twips(PageLayout.LEFT_MM)));
		margins.setRight(BigInteger.valueOf(PageLayout.twips(PageLayout.RIGHT_MM)));
		margins.setHeader(BigInteger.valueOf(PageLayout.twips(PageLayout.HEADER_MM)));
		margins.setFooter(BigInteger.valueOf(PageLayout.twips(PageLayout.FOOTER_MM)));
		margins.setGutter(BigInteger.ZERO);
		footer(document);
		if (demo) {
			XWPFParagraph marker = document.createHeader(HeaderFooterType.DEFAULT).createParagraph();
			marker.setStyle(DocxStyles.MARGIN_TEXT);
			XWPFRun run = marker.createRun();
			run.setText(DocumentTexts.DEMO_MARKER);
			run.setColor(Palette.DEMO);
		}
	}

	private static void footer(XWPFDocument document) {
		XWPFParagraph footer = document.createFooter(HeaderFooterType.DEFAULT).createParagraph();
		footer.setStyle(DocxStyles.MARGIN_TEXT);
		footer.createRun().setText(DocumentTexts.PAGE_PREFIX);
		field(footer, "PAGE", "1");
		footer.createRun().setText(DocumentTexts.PAGE_MIDDLE);
		field(footer, "NUMPAGES", "1");
		footer.createRun().setText(DocumentTexts.PAGE_SUFFIX);
	}

	/** A field Word computes when it lays the page out, showing {@code placeholder} until then. */
	private static void field(XWPFParagraph paragraph, String instruction, String placeholder) {
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		paragraph.createRun().getCTR().addNewInstrText().setStringValue(" " + instruction + " \\* MERGEFORMAT ");
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		paragraph.createRun().setText(placeholder);
		paragraph.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

}
