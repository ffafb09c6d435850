package cn.planwatch.region;

/** A kind of member department (卫生健康, 教育…): the same kinds recur in every region. */
public record DepartmentKind(String code, String name) {

}
