import { handOver, takeHandedOver } from './world-handover';

const STARTED = '__kernelContextStarted';

/**
 * The moment the annotator starts its work on the page: the content script asks for the
 * annotator once the page has loaded, and the annotator waits for the page's next frame
 * (utils/dom/after-page-load.ts).
 */
export function handOverStart(started: Promise<void>): void {
  handOver(STARTED, started);
}

/** The content script's start, once; undefined when there is none (the annotator then starts at once). */
export function takeHandedOverStart(): Promise<void> | undefined {
  return takeHandedOver<void>(STARTED);
}
