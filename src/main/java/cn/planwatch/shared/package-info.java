/**
 * Small types every module may use: the exceptions that carry a Chinese message for users, and
 * helpers for typed text.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package cn.planwatch.shared;
