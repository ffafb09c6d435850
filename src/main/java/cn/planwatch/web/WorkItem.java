package cn.planwatch.web;

/** Something waiting for the signed-in user, shown on the start page with a link straight to it. */
public record WorkItem(String title, String detail, String href, boolean urgent) {

}
