/** Command-line interface: {@code casefile extract} and friends, built on picocli. */
package org.casefile.cli;
