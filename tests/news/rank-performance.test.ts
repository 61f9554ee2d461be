// @vitest-environment node
/** How long ranking takes in Node: 2,000 candidates, read fresh (nothing cached) and again. */
import { expect, it } from 'vitest';
import { rankLaterNews } from '../../utils/news/rank';
import type { NewsArticle, NewsSubject } from '../../utils/types';
import { phoronixTitles } from './dataset-titles';

const subject: NewsSubject = {
  url: 'https://www.phoronix.com/news/Rust-Hits-Linux-Next',
  title: 'Initial Support For The Rust Language Lands In Linux-Next',
  publishedAt: '2021-03-19T16:40:59.000Z',
  category: 'Linux Kernel',
  keyTerms: ['rust', 'linux-next', 'kernel', 'mainline', 'linus', 'torvalds', 'infrastructure', 'language', 'code', 'rustc', 'toolchain', 'nightly'],
  mentions: { versions: ['5.13'], paths: ['rust/'], trees: ['linux-next'] },
};

/** 2,000 distinct candidates from the real titles, a third with a teaser, all with new text. */
function candidates(round: number): NewsArticle[] {
  const titles = phoronixTitles();
  return Array.from({ length: 2000 }, (_, i) => {
    const source = titles[i % titles.length] as NewsArticle;
    const copy: NewsArticle = { ...source, url: `${source.url}-${round}-${i}`, title: `${source.title} (${round})` };
    if (i % 3 === 0) copy.summary = `Phoronix teaser ${round}: ${source.title}, and what it means for Linux users.`;
    return copy;
  });
}

it('ranks 2,000 candidates well within 200 ms', () => {
  rankLaterNews(subject, candidates(0)); // warm-up (JIT, caches of words)
  const fresh: number[] = [];
  for (let round = 1; round <= 5; round += 1) {
    const input = candidates(round);
    const start = performance.now();
    rankLaterNews(subject, input);
    fresh.push(performance.now() - start);
  }
  const again = candidates(1);
  const start = performance.now();
  rankLaterNews(subject, again);
  const repeated = performance.now() - start;
  const median = [...fresh].sort((a, b) => a - b)[2] as number;
  console.log(`rankLaterNews, 2,000 candidates: median ${median.toFixed(1)} ms fresh (${fresh.map((t) => t.toFixed(1)).join(', ')}), ${repeated.toFixed(1)} ms read before`);
  expect(median).toBeLessThan(200);
});
