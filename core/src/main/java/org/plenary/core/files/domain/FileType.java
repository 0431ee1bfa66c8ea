package org.plenary.core.files.domain;

/** The kinds of document Plenary accepts, each recognised by its content ({@link FileSniffer}). */
public enum FileType {
  PDF("application/pdf", "pdf"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  ODT("application/vnd.oasis.opendocument.text", "odt");

  private final String contentType;
  private final String extension;

  FileType(String contentType, String extension) {
    this.contentType = contentType;
    this.extension = extension;
  }

  /** The media type the file is served with. */
  public String contentType() {
    return contentType;
  }

  /** The usual file name extension, without the dot. */
  public String extension() {
    return extension;
  }
}
