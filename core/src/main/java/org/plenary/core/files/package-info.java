/**
 * Uploaded files (a draft's PDF, DOCX or ODT; later, a consultation comment's attachment): the type
 * is checked by content, never by name; files are kept under a generated name in the data
 * directory, outside the web root, with their sanitized original name as metadata only.
 */
package org.plenary.core.files;
