/** The manifest command (keyboard shortcut) that turns Kernel Context off or on for the current page. */
export const TOGGLE_COMMAND = 'toggle-annotations';
