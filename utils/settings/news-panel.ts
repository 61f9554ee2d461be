import { storage } from 'wxt/utils/storage';
import { NEWS_PANEL_COLLAPSED_KEY } from './storage-keys';

/** Whether the reader collapsed the "Since this article" panel; it stays so on every article. */
export const newsPanelCollapsedItem = storage.defineItem<boolean>(NEWS_PANEL_COLLAPSED_KEY, { fallback: false });
