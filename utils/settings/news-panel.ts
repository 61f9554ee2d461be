import { storage } from 'wxt/utils/storage';

/** Whether the reader collapsed the "Since this article" panel; it stays so on every article. */
export const newsPanelCollapsedItem = storage.defineItem<boolean>('local:newsPanelCollapsed', { fallback: false });
