package org.vaeexplorer.ui.fx;

/** Something the user must read and acknowledge: shown as a dialog. */
public record UserError(String title, String message) {
}
