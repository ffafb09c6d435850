package cn.planwatch.extraction.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.planwatch.extraction.parser.GoalSplitter.Item;

class GoalSplitterTest {

	private static List<Item> split(String... lines) {
		return GoalSplitter.split(List.of(lines)).items();
	}

	@Test
	void readsTheUsualNumberingStyles() {
		assertThat(split("1．第一条。", "2.第二条。", "3、第三条。")).extracting(Item::number, Item::text)
			.containsExactly(tuple(1, "第一条。"), tuple(2, "第二条。"), tuple(3, "第三条。"));
		assertThat(split("（1）甲。", "(2) 乙。", "- （3）丙。".substring(2))).extracting(Item::number)
			.containsExactly(1, 2, 3);
	}

	@Test
	void readsAGoalNumberFollowedByAnAgeAsTheNumberNotADecimal() {
		List<String> lines = new ArrayList<>();
		for (int goal = 1; goal <= 7; goal++) {
			lines.add(goal + ".第" + goal + "条。");
		}
		lines.add("8.5岁以下儿童低体重率控制在4%以下。");
		lines.add("9.3岁以下婴幼儿照护服务覆盖面扩大。");

		List<Item> items = GoalSplitter.split(lines).items();

		assertThat(items).hasSize(9);
		assertThat(items.subList(7, 9)).extracting(Item::number, Item::text)
			.containsExactly(tuple(8, "5岁以下儿童低体重率控制在4%以下。"), tuple(9, "3岁以下婴幼儿照护服务覆盖面扩大。"));
	}

	@Test
	void keepsAWrappedDecimalInsideTheGoalItContinues() {
		List<Item> items = split("3.新生儿和婴儿死亡率分别降到2.5‰、", "4.0‰以下。", "4.托位数达到", "5.5个以上。", "5.第五条。");
		assertThat(items).extracting(Item::number, Item::text)
			.containsExactly(tuple(3, "新生儿和婴儿死亡率分别降到2.5‰、4.0‰以下。"), tuple(4, "托位数达到5.5个以上。"),
					tuple(5, "第五条。"));
	}

	@Test
	void joinsLinesAndDropsStraySpaces() {
		assertThat(split("1. 城乡妇女保健网络进一步健全，基层妇幼", "服务水平持续提高。")).extracting(Item::text)
			.containsExactly("城乡妇女保健网络进一步健全，基层妇幼服务水平持续提高。");
	}

	@Test
	void reportsAGapInTheNumbering() {
		GoalSplitter.Items items = GoalSplitter.split(List.of("1.甲。", "2.乙。", "4.丁。"));
		assertThat(items.items()).extracting(Item::number).containsExactly(1, 2, 4);
		assertThat(items.remarks()).anyMatch(remark -> remark.contains("第 2 条之后是第 4 条"));
	}

	@Test
	void doesNotStartANewItemWithANumberOutOfSequence() {
		assertThat(split("1.甲，见附表", "3.乙类情况也适用。", "2.丙。")).extracting(Item::number).containsExactly(1, 2);
	}

}
