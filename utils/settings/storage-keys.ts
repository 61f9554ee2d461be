/**
 * Where the user's choices are stored (WXT's `area:key`). Apart from the items defined on
 * them, so a script can read them without defining an item — WXT reads an item's value as
 * soon as it is defined.
 */
export const SETTINGS_KEY = 'sync:settings';
export const PAGES_OFF_KEY = 'local:pagesOff';
export const NEWS_PANEL_COLLAPSED_KEY = 'local:newsPanelCollapsed';
