/**
 * Faults in the user's files and values, kept as keys of a bundle with their values so that the command line
 * says them in English and the window in its language. Below every other layer; needs only the JDK.
 */
package org.vaeexplorer.fault;
