/** Small building blocks shared by every module: business exceptions and value types. */
package org.plenary.core.shared;
