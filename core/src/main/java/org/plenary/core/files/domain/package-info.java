/** File types recognised by content, the stored-file record and why an upload is refused. */
package org.plenary.core.files.domain;
