/** Storing an upload (size limit, content check, generated name) and reading it back. */
package org.plenary.core.files.application;
