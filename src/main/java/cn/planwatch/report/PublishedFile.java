package cn.planwatch.report;

/** A published document's bytes with its name and type, for download. */
public record PublishedFile(String fileName, String contentType, byte[] content) {

}
