/**
 * Authentication (login page and HTTP Basic against the account table), security headers and the
 * pieces of the web layer that enforce who may see what.
 */
package org.plenary.web.security;
