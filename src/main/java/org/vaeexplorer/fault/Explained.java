package org.vaeexplorer.fault;

/**
 * An exception about a user's file or value that keeps its {@link Fault}, so that the window can say it in its
 * own language; its message is the fault in English.
 */
public interface Explained {

    Fault fault();
}
