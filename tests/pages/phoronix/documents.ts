import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sharedFixture } from '../../helpers/fixtures';

const here = dirname(fileURLToPath(import.meta.url));

import { parseHtml, quietly } from '../../helpers/documents';

export { parseHtml, quietly };

export const OLD_ARTICLE = 'phoronix-article/news_item-Steam-May-2019-Numbers_2019-06-02_old-layout.html';
export const NEW_ARTICLE = 'phoronix-article/news-Steam-May-2019-Numbers_2022-10_recapture.html';

export const LISTINGS = {
  '2015-11': 'phoronix-listing/phoronix-home-2015-11_phxcms10.html',
  '2016-02': 'phoronix-listing/phoronix-home-2016-02_phxcms10.html',
  '2021-04': 'phoronix-listing/phoronix-home-2021-04_phxcms11.html',
  '2021-07': 'phoronix-listing/phoronix-home-2021-07_phxcms11_saved-as-complete.html',
  '2022-08': 'phoronix-listing/phoronix-home-2022-08_via-redirect_postlight.html',
} as const;

/** Our rebuilt seed article (see its .source.md), in the 2019–2021 layout. */
export function seedArticleHtml(): string {
  return readFileSync(resolve(here, '../../../e2e/worlds/demo/pages/phoronix-rust-hits-linux-next.html'), 'utf8');
}

export function sharedDocument(relativePath: string): Document {
  return parseHtml(sharedFixture(relativePath));
}
