import { localFixture } from '../../helpers/fixtures';
import { parseHtml } from '../cgit/documents';

export const TABLES = {
  '2018-04-11': 'kernel.org/www.kernel.org_releases-table_2018-04-11.html',
  '2019-04-28': 'kernel.org/www.kernel.org_releases-table_2019-04-28.html',
} as const;

/**
 * The recordings hold only the front page's `<table id="releases">` (see their .source.md), so
 * the tests put each table, unchanged, in a minimal document of our own: doctype, a title, and
 * a `<div id="content">` around it. Nothing else of www.kernel.org's page is imitated.
 */
export function frontPageHtml(fixture: string): string {
  return `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>The Linux Kernel Archives</title></head>\n<body><div id="content">\n${localFixture(fixture)}\n</div></body></html>\n`;
}

export function frontPage(fixture: string): Document {
  return parseHtml(frontPageHtml(fixture));
}
