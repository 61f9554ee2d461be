/**
 * What to ask Phoronix for an article's later news: a couple of short search queries
 * (`https://www.phoronix.com/search/<terms>`; one to three words find the most) and the topic
 * page of its category.
 */
import type { NewsSubject } from '../types';
import { analyze, backgroundShare, isGeneric } from './terms';

/** Most queries asked per subject. */
export const MAX_QUERIES = 2;

const KERNEL_CATEGORY = /kernel/i;
const KERNEL_WORDS = new Set(['linux', 'kernel', 'mainline']);
/** A word of a title with its casing: letters and digits joined by `.`, `-`, `_`, `+`. */
const TITLE_WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}_]|[.+-](?=[\p{L}\p{N}]))*/gu;

interface Candidate {
  /** As the title writes it (`Rust`, `RADV`, `io_uring`). */
  text: string;
  term: string;
  score: number;
  position: number;
}

/**
 * At most two Phoronix search queries for the subject, each one to three words, most telling
 * first. The telling word is the title's rarest that the body repeats (its key terms); for a
 * kernel article it is paired with "Linux" and with "kernel" ("Rust Linux", "Rust kernel"),
 * otherwise with the next telling word, then alone ("RADV Ray-Tracing", "RADV").
 */
export function searchQueriesFor(subject: NewsSubject): string[] {
  const words = tellingWords(subject);
  const first = words[0];
  if (first === undefined) return [];
  const queries: string[] = [];
  if (isKernelSubject(subject) && !/linux|kernel/i.test(first.text)) {
    queries.push(`${first.text} Linux`, `${first.text} kernel`);
  } else {
    const second = words[1];
    if (second !== undefined && second.score >= 0.4 * first.score) queries.push(`${first.text} ${second.text}`);
    queries.push(first.text);
  }
  const seen = new Set<string>();
  return queries
    .filter((query) => {
      const key = query.toLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_QUERIES);
}

/**
 * The Phoronix topic page name for the subject's category (`Linux Kernel`, `Mesa`), or
 * undefined when it has none or it cannot be a topic name. The path segment
 * (`/linux/Linux+Kernel`) is built by the caller.
 */
export function topicFor(subject: NewsSubject): string | undefined {
  const category = subject.category?.replace(/\s+/g, ' ').trim();
  if (category === undefined || category === '' || category.length > 40) return undefined;
  return /^[\p{L}\p{N}][\p{L}\p{N} .&+'-]*$/u.test(category) ? category : undefined;
}

/** The title's words worth searching for, most telling first. */
function tellingWords(subject: NewsSubject): Candidate[] {
  const keyRank = new Map<string, number>();
  subject.keyTerms.forEach((keyTerm, rank) => {
    for (const token of analyze(keyTerm).tokens) if (token.role === 'word' && !keyRank.has(token.term)) keyRank.set(token.term, rank);
  });
  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  let position = 0;
  for (const match of subject.title.matchAll(TITLE_WORD)) {
    position += 1;
    const text = match[0].replace(/['’]s$/i, '');
    const token = analyze(text).tokens.find((found) => found.role === 'word');
    if (token === undefined || seen.has(token.term)) continue;
    seen.add(token.term);
    const term = token.term;
    if (KERNEL_WORDS.has(term) || isGeneric(term) || /^v?\d/.test(term) || term.length < 2) continue;
    const rank = keyRank.get(term);
    const rarity = Math.log(1 / (backgroundShare(term) + 0.004));
    const score = rarity * (1 + (rank === undefined ? 0 : 1.5 * Math.exp(-rank / 5)));
    candidates.push({ text, term, score, position });
  }
  candidates.sort((a, b) => b.score - a.score || a.position - b.position);
  return candidates;
}

function isKernelSubject(subject: NewsSubject): boolean {
  if (subject.category !== undefined && KERNEL_CATEGORY.test(subject.category)) return true;
  if (subject.mentions.paths.length > 0 || subject.mentions.trees.length > 0) return true;
  return /\b(?:kernel|mainline|linux[\s-]+\d+\.\d+|merge window)\b/i.test(subject.title);
}
