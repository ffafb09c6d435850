package cn.planwatch.web;

/** The liaison officer form of a department. */
record LiaisonForm(String liaisonName, String liaisonPhone) {

}
