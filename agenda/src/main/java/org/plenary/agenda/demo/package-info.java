/**
 * The demo story's meetings: E-Leaders 2019 in Brussels and its Going Digital side meeting, planned
 * and published through the same application services as the user interface uses.
 */
package org.plenary.agenda.demo;
