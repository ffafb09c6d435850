package cn.planwatch.evaluation;

/** An attachment with its content, for download. */
public record AttachmentFile(Attachment attachment, byte[] content) {

}
