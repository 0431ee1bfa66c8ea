/**
 * Accounts and roles. Authentication itself is Jakarta Security: the web module's mechanism checks
 * credentials against these tables through a database identity store with PBKDF2 hashes.
 */
package org.plenary.core.security;
