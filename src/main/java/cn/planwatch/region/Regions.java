package cn.planwatch.region;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.region.internal.RegionRepository;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/** The region tree: look-ups, subtrees and ancestors, and adding regions. */
@Service
public class Regions {

	private final RegionRepository repository;

	Regions(RegionRepository repository) {
		this.repository = repository;
	}

	public Optional<Region> find(String code) {
		return repository.find(code);
	}

	public Region get(String code) {
		return find(code).orElseThrow(() -> new NotFoundException("没有区划代码为 " + code + " 的地区。"));
	}

	/** Every region, roots first, each followed by its subtree. */
	public List<Region> all() {
		return repository.all();
	}

	/** The region and everything below it, in tree order. */
	public List<Region> subtree(String code) {
		return repository.subtree(get(code).path());
	}

	public List<Region> children(String code) {
		return repository.children(code);
	}

	/** The regions above {@code code}, from the root down, without the region itself. */
	public List<Region> ancestors(String code) {
		Region region = get(code);
		List<String> codes = new ArrayList<>(Arrays.asList(region.path().split("/")));
		codes.remove(codes.size() - 1);
		return repository.byCodes(codes);
	}

	/** Whether any region was created as synthetic demo data (演示数据). */
	public boolean anyDemo() {
		return repository.anyDemo();
	}

	/** Adds a region below {@code parentCode} (null for a root), checking its code against its level. */
	@Transactional
	public Region create(String code, String name, RegionLevel level, String parentCode, int sortOrder, boolean demo) {
		RegionCodes.check(code, level);
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "地区名称不能为空。");
		}
		if (repository.find(code).isPresent()) {
			throw new InvalidInputException("code", "区划代码 " + code + " 已存在。");
		}
		String path = code;
		if (parentCode != null) {
			Region parent = get(parentCode);
			if (!level.mayBeChildOf(parent.level())) {
				throw new InvalidInputException("level",
						level.label() + "地区不能设在" + parent.level().label() + "地区“" + parent.name() + "”之下。");
			}
			path = parent.path() + "/" + code;
		}
		Region region = new Region(code, name.strip(), level, parentCode, path, demo);
		repository.insert(region, sortOrder);
		return region;
	}

}
