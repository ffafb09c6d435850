package cn.planwatch.report.wording;

import java.util.List;
import java.util.function.ObjIntConsumer;

/** Visits every name a section uses — placeholders and block conditions — with its line, in order. */
final class PartWalk {

	private PartWalk() {
	}

	static void forEachName(List<Part> parts, ObjIntConsumer<String> visitor) {
		for (Part part : parts) {
			if (part instanceof Part.Slot slot) {
				visitor.accept(slot.name(), slot.line());
			}
			else if (part instanceof Part.Block block) {
				visitor.accept(block.name(), block.line());
				forEachName(block.parts(), visitor);
			}
		}
	}

}
