/**
 * The command line: one picocli command class per verb, each parsing its options, wiring the library packages
 * together and printing a one-line summary. Nothing imports this package.
 */
package org.ogplod.cli;
