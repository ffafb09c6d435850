/**
 * The data checks and the township roll-up arithmetic: plain Java, no Spring, no database. Exposed
 * to the web and API modules as the named interface {@code check} (findings, cell values).
 */
@org.springframework.modulith.NamedInterface("check")
package cn.planwatch.collection.check;
