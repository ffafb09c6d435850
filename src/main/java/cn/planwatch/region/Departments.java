package cn.planwatch.region;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import cn.planwatch.region.internal.DepartmentRepository;
import cn.planwatch.shared.InvalidInputException;
import cn.planwatch.shared.NotFoundException;

/** Member departments (成员单位) of each region and their liaison officers. */
@Service
public class Departments {

	private static final Pattern PHONE = Pattern.compile("[0-9+()\\- ]{5,20}");

	private final DepartmentRepository repository;

	private final Regions regions;

	Departments(DepartmentRepository repository, Regions regions) {
		this.repository = repository;
		this.regions = regions;
	}

	public List<Department> ofRegion(String regionCode) {
		return repository.ofRegion(regionCode);
	}

	public Optional<Department> find(long id) {
		return repository.find(id);
	}

	public Department get(long id) {
		return find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的成员单位。"));
	}

	public List<Department> byIds(List<Long> ids) {
		return repository.byIds(ids);
	}

	/** The first department of a kind in a region (regions normally have one of each kind). */
	public Optional<Department> findByKind(String regionCode, String kindCode) {
		return repository.findByKind(regionCode, kindCode);
	}

	public List<DepartmentKind> kinds() {
		return repository.kinds();
	}

	@Transactional
	public Department create(String regionCode, String kindCode, String name) {
		regions.get(regionCode);
		repository.kind(kindCode)
			.orElseThrow(() -> new InvalidInputException("kind", "未知的成员单位类别：" + kindCode));
		if (name == null || name.isBlank()) {
			throw new InvalidInputException("name", "成员单位名称不能为空。");
		}
		boolean duplicate = repository.ofRegion(regionCode).stream().anyMatch(d -> d.name().equals(name.strip()));
		if (duplicate) {
			throw new InvalidInputException("name", "该地区已有名为“" + name.strip() + "”的成员单位。");
		}
		return get(repository.insert(regionCode, kindCode, name.strip()));
	}

	/** Records who the department's liaison officer (联络员) is and how to reach them. */
	@Transactional
	public Department updateLiaison(long id, String liaisonName, String liaisonPhone) {
		get(id);
		String name = blankToNull(liaisonName);
		String phone = blankToNull(liaisonPhone);
		if (name != null && name.length() > 40) {
			throw new InvalidInputException("liaisonName", "联络员姓名不能超过 40 个字。");
		}
		if (phone != null && !PHONE.matcher(phone).matches()) {
			throw new InvalidInputException("liaisonPhone", "联系电话格式不正确：" + phone + "（只能包含数字、空格、+、-、括号，5–20 位）。");
		}
		repository.updateLiaison(id, name, phone);
		return get(id);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

}
