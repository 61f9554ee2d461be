/**
 * Properties of the resolvers' state logic, over generated histories and faults:
 * - release status (utils/release/*): every version gets one state, in step with time —
 *   never released before its release date, never maintained after its end of life, never
 *   going back — and `unknown` (with its reason) where the data cannot know;
 * - mainline status (utils/resolvers/mainline-status.ts) against a model of mainline with
 *   GitHub failing at any call: a failure never becomes a merged or not-merged answer,
 *   merged always carries its evidence, unavailable always its reason and the last answer;
 * - the first-tag search (utils/mainline/first-tag.ts) from any start, a lying date too;
 * - the "since this article" timeline (utils/news/timeline.ts): in date order, no duplicates.
 */
import fc from 'fast-check';
import { AnswerCache } from '@/utils/cache/answer-cache';
import { MemoryCacheStore } from '@/utils/cache/cache-store';
import { findFirstTag } from '@/utils/mainline/first-tag';
import { FetchError } from '@/utils/net/fetch-error';
import { buildTimeline } from '@/utils/news/timeline';
import { addDays, daysBetween } from '@/utils/release/dates';
import { CYCLE_MIN_DAYS } from '@/utils/release/phase';
import { ReleaseIndex } from '@/utils/release/release-index';
import { releaseStatus } from '@/utils/release/release-status';
import { stateOn } from '@/utils/release/state-on';
import { parseRelease } from '@/utils/release/versions';
import { mainlinePolicy, present, resolveMainlineStatus } from '@/utils/resolvers/mainline-status';
import type { Answer, Failure, FailureReason, MainlineQuery, MainlineStatus, RankedArticle, ReleaseCycle, ReleaseData, ReleaseState, ReleaseStatus } from '@/utils/types';
import { fakeClock } from '../helpers/fake-clock';
import { stubGitHub, type Model } from './github-stub';

const STATES: ReleaseState[] = ['unreleased', 'merge-window', 'rc', 'stable', 'longterm', 'eol', 'unknown'];
const RELEASED: ReleaseState[] = ['stable', 'longterm', 'eol'];
/** Where a state comes in a version's life; `unknown` has no place. */
const RANK: Partial<Record<ReleaseState, number>> = { unreleased: 0, 'merge-window': 1, rc: 2, stable: 3, longterm: 3, eol: 4 };

/* ───────────────────────── Release histories ───────────────────────── */

interface Series {
  series: string;
  releasedOn: string;
  lts: boolean;
  /** Dated end of life (past or projected), or none. */
  eolOn?: string;
  /** Marked end of life without a date. */
  eolUndated: boolean;
  points: { version: string; date: string }[];
}

interface History {
  data: ReleaseData;
  series: Series[];
  /** The series after the last released one. */
  next: string;
}

function nextSeries(series: string): string {
  const [major = 0, minor = 0] = series.split('.').map(Number);
  return minor >= 19 ? `${major + 1}.0` : `${major}.${minor + 1}`;
}

const seriesPlan = fc.record({
  gap: fc.integer({ min: 63, max: 77 }),
  lts: fc.boolean(),
  life: fc.option(fc.integer({ min: 20, max: 2_500 }), { nil: undefined }),
  eolUndated: fc.constantFrom(false, false, false, false, true),
  points: fc.array(fc.integer({ min: 1, max: 30 }), { maxLength: 6 }),
});

/** A history like endoflife.date's and the bundled snapshot's: series in their rhythm, LTS, end of life, point releases; facts up to `asOf`. */
const history: fc.Arbitrary<History> = fc
  .record({
    first: fc.constantFrom('3.16', '4.14', '4.18', '5.15', '6.10'),
    start: fc.integer({ min: 0, max: 4_000 }),
    plans: fc.array(seriesPlan, { minLength: 2, maxLength: 12 }),
    tail: fc.integer({ min: 0, max: 70 }),
  })
  .map(({ first, start, plans, tail }) => {
    let name: string = first;
    let day = addDays('2012-01-01', start);
    const drafts = plans.map((plan, i) => {
      if (i > 0) {
        name = nextSeries(name);
        day = addDays(day, plan.gap);
      }
      return { series: name, releasedOn: day, plan };
    });
    const asOf = addDays(day, tail);
    const series: Series[] = drafts.map(({ series: s, releasedOn, plan }) => {
      const eolOn = plan.life === undefined ? undefined : addDays(releasedOn, plan.life);
      const points: Series['points'] = [];
      let at = releasedOn;
      for (const gap of plan.points) {
        at = addDays(at, gap);
        if (at > asOf || (eolOn && at >= eolOn)) break;
        points.push({ version: `${s}.${points.length + 1}`, date: at });
      }
      return { series: s, releasedOn, lts: plan.lts, ...(eolOn ? { eolOn } : {}), eolUndated: plan.eolUndated && !eolOn, points };
    });
    const cycles: ReleaseCycle[] = series.map((s) => {
      const latest = s.points.at(-1);
      const ended = s.eolUndated || (s.eolOn !== undefined && s.eolOn <= asOf);
      return {
        series: s.series,
        releasedOn: s.releasedOn,
        lts: s.lts,
        ...(s.eolOn ? { eolOn: s.eolOn } : {}),
        ...(ended ? { eol: true } : {}),
        ...(latest ? { latest: latest.version, latestOn: latest.date } : {}),
      };
    });
    const versions: Record<string, string> = {};
    for (const s of series) {
      versions[s.series] = s.releasedOn;
      for (const point of s.points) versions[point.version] = point.date;
    }
    const data: ReleaseData = { cycles: cycles.reverse(), versions, asOf, source: 'bundled' };
    return { data, series, next: nextSeries(name) };
  });

/** A day somewhere around the history: before it, in it, or past its end. */
const dayAround = (h: History) => fc.integer({ min: -200, max: daysBetween(h.series[0]!.releasedOn, h.data.asOf) + 400 }).map((n) => addDays(h.series[0]!.releasedOn, n));

/** A version to ask about: a series of the history (or the next, or one past it), as X.Y, an rc or a point release. */
const versionOf = (h: History) =>
  fc
    .tuple(fc.constantFrom(...h.series.map((s) => s.series), h.next, nextSeries(h.next)), fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 12 }).map((rc) => `-rc${rc}`), fc.integer({ min: 1, max: 9 }).map((p) => `.${p}`)))
    .map(([series, suffix]) => series + suffix);

const stateAt = (index: ReleaseIndex, version: string, date: string) => stateOn(index, parseRelease(version)!, date, false);

describe('release status over generated histories', () => {
  it('gives every version one state on any day, with a reason when it is unknown, and never throws', () => {
    const anyText = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('2.6', '2.6.11', '1.0', '99.1', '6.1-rc0', '6.1.0', 'v6.1', '5.25', '4.20'));
    fc.assert(
      fc.property(history.chain((h) => fc.tuple(fc.constant(h), fc.oneof(versionOf(h), anyText), dayAround(h), fc.option(dayAround(h)))), ([h, version, today, published]) => {
        const status = releaseStatus({ version, series: version }, h.data, today, published ? `${published}T12:00:00Z` : undefined);
        expect(STATES).toContain(status.state);
        if (status.state === 'unknown') expect(status.reason).toMatch(/\S/);
        expect(Array.isArray(status.evidence)).toBe(true);
        if (status.atPublication) expect(STATES).toContain(status.atPublication.state);
      }),
      { numRuns: 400 },
    );
  });

  it('never calls a series or point release out before its date, and always does from its date on', () => {
    fc.assert(
      fc.property(history.chain((h) => fc.tuple(fc.constant(h), dayAround(h))), ([h, date]) => {
        const index = new ReleaseIndex(h.data);
        for (const s of h.series) {
          for (const { version, date: on } of [{ version: s.series, date: s.releasedOn }, ...s.points]) {
            const { state } = stateAt(index, version, date);
            if (date < on) expect(RELEASED, `${version} on ${date}, out on ${on}`).not.toContain(state);
            else expect(RELEASED, `${version} on ${date}, out on ${on}`).toContain(state);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never calls a series maintained after its end of life, and calls it maintained before (longterm exactly when LTS)', () => {
    fc.assert(
      fc.property(history.chain((h) => fc.tuple(fc.constant(h), dayAround(h))), ([h, date]) => {
        const index = new ReleaseIndex(h.data);
        for (const s of h.series) {
          if (date < s.releasedOn) continue;
          const { state, eol } = stateAt(index, s.series, date);
          if (s.eolUndated || (s.eolOn && s.eolOn <= date)) {
            expect(state).toBe('eol');
          } else {
            expect(state).toBe(s.lts ? 'longterm' : 'stable');
            if (s.eolOn) expect(eol).toEqual({ date: s.eolOn, projected: true });
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('moves each version forward in time only: unreleased, merge window, rc, maintained, end of life', () => {
    fc.assert(
      fc.property(
        history.chain((h) => fc.tuple(fc.constant(h), versionOf(h), fc.array(dayAround(h), { minLength: 2, maxLength: 8 }))),
        ([h, version, days]) => {
          const index = new ReleaseIndex(h.data);
          const states = [...days].sort().map((day) => [day, stateAt(index, version, day).state] as const);
          const known = states.filter(([, state]) => state !== 'unknown');
          for (let i = 1; i < known.length; i++) {
            expect(RANK[known[i]![1]]!, `${version}: ${known.map((s) => s.join(' ')).join(', ')}`).toBeGreaterThanOrEqual(RANK[known[i - 1]![1]]!);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('says unknown, with its reason, where the data cannot know: past its horizon, and for numbers that never existed', () => {
    fc.assert(
      fc.property(history.chain((h) => fc.tuple(fc.constant(h), fc.integer({ min: 1, max: 400 }))), ([h, past]) => {
        const index = new ReleaseIndex(h.data);
        const last = h.series.at(-1)!;
        // Past the data's end and a full cycle after its last release, the next may have come out: unknown.
        const late = addDays(h.data.asOf > addDays(last.releasedOn, CYCLE_MIN_DAYS) ? h.data.asOf : addDays(last.releasedOn, CYCLE_MIN_DAYS), past);
        for (const version of [h.next, `${h.next}-rc3`, nextSeries(h.next)]) {
          const now = stateAt(index, version, late);
          expect(now.state, `${version} on ${late}`).toBe('unknown');
          expect(now.reason).toMatch(/\S/);
        }
        // Before the history begins, nothing can be said of what came next.
        expect(stateAt(index, h.next, addDays(h.series[0]!.releasedOn, -1)).state).toBe('unknown');
        // Numbers that never were: past the end of an ended line, or older than the history.
        const ended = h.series.find((s) => s.series.endsWith('.19'));
        if (ended && h.series.at(-1) !== ended) expect(stateAt(index, ended.series.replace(/\.19$/, '.21'), late).state).toBe('unknown');
        expect(stateAt(index, '2.6.1', late).state).toBe('unknown');
      }),
      { numRuns: 300 },
    );
  });
});

/* ───────────────────────── Mainline status ───────────────────────── */

const REASONS: FailureReason[] = ['offline', 'timeout', 'network', 'http-error', 'rate-limited', 'bot-wall', 'bad-response'];
/** A full sha whose first seven digits (the model's commit subject) are its own. */
const sha = (n: number) => `a${n.toString(16).padStart(6, '0')}`.padEnd(40, 'f');

/** A mainline of 3–40 tags, commits first in any of them, in master only, or not in mainline; paths to some. */
const mainlineModel: fc.Arbitrary<Model> = fc
  .tuple(fc.integer({ min: 3, max: 40 }), fc.array(fc.tuple(fc.option(fc.nat(), { nil: undefined }), fc.integer({ min: -100, max: 1_200 })), { minLength: 1, maxLength: 6 }))
  .map(([count, drafts]) => {
    const tags = Array.from({ length: count }, (_, i) => (i % 3 === 2 ? `v6.${Math.floor(i / 3) + 1}` : `v6.${Math.floor(i / 3) + 1}-rc${(i % 3) + 1}`));
    // Commit dates anywhere, true or not: the search must not trust them.
    const commits = drafts.map(([first, day], i) => ({ sha: sha(i + 1), ...(first === undefined ? {} : { firstTag: first % (count + 1) }), date: `${addDays('2020-01-01', day)}T12:00:00Z` }));
    return { tags, commits, paths: Object.fromEntries(commits.filter((c) => c.firstTag !== undefined).map((c, i) => [`dir${i}/`, c.sha])) };
  });

/** 6.N released every ten weeks from 2020. */
const RELEASE_DATES = Object.fromEntries(Array.from({ length: 20 }, (_, n) => [`6.${n + 1}`, addDays('2020-01-01', 70 * (n + 1))]));

type Step = { kind: 'ask'; refresh: boolean } | { kind: 'fail'; after: number; reason: FailureReason } | { kind: 'heal' } | { kind: 'wait'; minutes: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.boolean().map((refresh): Step => ({ kind: 'ask', refresh })), weight: 4 },
  { arbitrary: fc.tuple(fc.nat({ max: 3 }), fc.constantFrom(...REASONS)).map(([after, reason]): Step => ({ kind: 'fail', after, reason })), weight: 3 },
  { arbitrary: fc.constant<Step>({ kind: 'heal' }), weight: 1 },
  { arbitrary: fc.integer({ min: 1, max: 60 * 24 * 40 }).map((minutes): Step => ({ kind: 'wait', minutes })), weight: 2 },
);

/** What the model says the answer is: merged (with its first tag, or in master only) or not. */
function truth(model: Model, query: MainlineQuery): { merged: boolean; tag?: string } {
  const target = query.kind === 'path' ? model.paths?.[query.path] : query.kind === 'commit' ? query.sha : undefined;
  const commit = model.commits.find((c) => c.sha === target);
  if (!commit || commit.firstTag === undefined) return { merged: false };
  const tag = model.tags[commit.firstTag];
  return { merged: true, ...(tag ? { tag } : {}) };
}

describe('mainline status under failures at any call', () => {
  it('answers only what the model says, never a failure as an answer; unavailable keeps its reason and the last answer', async () => {
    await fc.assert(
      fc.asyncProperty(
        mainlineModel.chain((model) =>
          fc.tuple(
            fc.constant(model),
            fc.oneof(
              fc.nat({ max: model.commits.length }).map((i): MainlineQuery => ({ kind: 'commit', sha: i < model.commits.length ? model.commits[i]!.sha : sha(999) })),
              fc.constantFrom(...Object.keys(model.paths ?? {}), 'nowhere/').map((path): MainlineQuery => ({ kind: 'path', path })),
            ),
            fc.array(step, { minLength: 1, maxLength: 12 }),
          ),
        ),
        async ([model, query, steps]) => {
          const clock = fakeClock();
          const gh = stubGitHub(model);
          const cache = new AnswerCache(new MemoryCacheStore('property'), { now: clock.now });
          const services = { cache, github: gh.github, releaseDates: async () => RELEASE_DATES, now: clock.now };
          const expected = truth(model, query);
          let answered = false;
          for (const s of [...steps, { kind: 'heal' } as Step, { kind: 'wait', minutes: 60 * 24 * 400 } as Step, { kind: 'ask', refresh: true } as Step]) {
            if (s.kind === 'fail') gh.failFrom(s.after, new FetchError(s.reason, `GitHub: ${s.reason}`));
            else if (s.kind === 'heal') gh.heal();
            else if (s.kind === 'wait') clock.advance(s.minutes * 60_000);
            else {
              const status = await resolveMainlineStatus(services, query, { refresh: s.refresh });
              if (status.state === 'unavailable') {
                expect(REASONS).toContain(status.failure?.reason);
                if (answered) expect(status.lastKnown?.state).toMatch(/^(merged|not-merged)$/);
                expect(status.lastKnown?.lastKnown).toBeUndefined();
                continue;
              }
              answered = true;
              expect(status.state).toBe(expected.merged ? 'merged' : 'not-merged');
              expect(status.failure).toBeUndefined();
              if (status.state === 'merged') {
                expect(status.evidence.length).toBeGreaterThan(0);
                expect(status.evidence.some((link) => link.href.includes(status.commit!.sha))).toBe(true);
                expect(status.tag).toBe(expected.tag);
                expect(status.untagged ?? false).toBe(expected.tag === undefined);
              }
            }
          }
          // Healed, and far past every lifetime: the last question gets the model's answer.
          expect(answered).toBe(true);
        },
      ),
      { numRuns: 150 },
    );
  });

  const status: fc.Arbitrary<MainlineStatus> = fc.record({
    kind: fc.constantFrom('commit', 'msgid', 'pull', 'path'),
    subject: fc.string({ minLength: 1, maxLength: 12 }),
    state: fc.constantFrom('merged', 'not-merged', 'unknown'),
    untagged: fc.option(fc.boolean(), { nil: undefined }),
    evidence: fc.array(fc.record({ label: fc.string(), href: fc.webUrl() }), { maxLength: 3 }),
  }) as fc.Arbitrary<MainlineStatus>;
  const failure: fc.Arbitrary<Failure> = fc.record({ reason: fc.constantFrom(...REASONS), detail: fc.string(), at: fc.nat() });

  it('keeps only tagged merged code for good; everything else is asked again within hours', () => {
    fc.assert(
      fc.property(status, (s) => {
        const { ttlMs } = mainlinePolicy(s);
        if (s.state === 'merged' && !s.untagged) expect(ttlMs).toBe(Number.POSITIVE_INFINITY);
        else expect(ttlMs).toBeLessThanOrEqual(6 * 3_600_000);
      }),
    );
  });

  it('presents any cached answer with a failure as unavailable, with the reason and the last answer, never as a fact', () => {
    const query: fc.Arbitrary<MainlineQuery> = fc.constantFrom({ kind: 'commit', sha: sha(7) }, { kind: 'path', path: 'rust/' }, { kind: 'msgid', msgid: 'x@y' });
    const answer: fc.Arbitrary<Answer<MainlineStatus>> = fc.record(
      { value: status, failure, fetchedAt: fc.nat(), stale: fc.boolean(), from: fc.constantFrom('network', 'cache', 'none') },
      { requiredKeys: ['stale', 'from'] },
    ) as fc.Arbitrary<Answer<MainlineStatus>>;
    fc.assert(
      fc.property(query, answer, (q, a) => {
        const shown = present(q, a);
        if (a.value && !a.failure) {
          expect(shown).toEqual({ ...a.value, ...(a.fetchedAt !== undefined ? { checkedAt: a.fetchedAt } : {}) });
          return;
        }
        expect(shown.state).toBe('unavailable');
        expect(REASONS).toContain(shown.failure?.reason);
        if (a.failure) expect(shown.failure).toEqual(a.failure);
        expect(shown.lastKnown?.state).toBe(a.value?.state);
      }),
      { numRuns: 300 },
    );
  });
});

/* ───────────────────────── First tag ───────────────────────── */

describe('the first-tag search', () => {
  it('finds the first containing tag from any start, asks about no tag twice, and stays within 2⌈log2(n + 1)⌉ + 2 calls even when the date lied', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 1_200 }).chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n }), fc.nat({ max: n }))), async ([n, answer, start]) => {
        const tags = Array.from({ length: n }, (_, i) => `t${i}`);
        const asked: number[] = [];
        const { index, calls } = await findFirstTag(
          tags,
          async (tag) => {
            asked.push(Number(tag.slice(1)));
            return Number(tag.slice(1)) >= answer;
          },
          start,
        );
        expect(index).toBe(answer);
        expect(calls).toBe(asked.length);
        expect(new Set(asked).size).toBe(asked.length);
        for (const i of asked) expect(i).toBeLessThan(n);
        const log = Math.ceil(Math.log2(n + 1));
        expect(calls).toBeLessThanOrEqual(start <= answer ? log + 1 : 2 * log + 2);
      }),
      { numRuns: 500 },
    );
  });

  it('gives no index when a containment test fails: the failure is the answer', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 300 }).chain((n) => fc.tuple(fc.constant(n), fc.nat({ max: n }), fc.nat({ max: n }), fc.nat({ max: 12 }))), async ([n, answer, start, failAt]) => {
        const tags = Array.from({ length: n }, (_, i) => `t${i}`);
        let calls = 0;
        const search = findFirstTag(
          tags,
          async (tag) => {
            if (calls++ === failAt) throw new FetchError('rate-limited', 'GitHub rate limit');
            return Number(tag.slice(1)) >= answer;
          },
          start,
        );
        if (failAt < (await findFirstTag(tags, async (tag) => Number(tag.slice(1)) >= answer, start)).calls) await expect(search).rejects.toThrow(FetchError);
        else expect((await search).index).toBe(answer);
      }),
      { numRuns: 300 },
    );
  });
});

/* ───────────────────────── Timeline ───────────────────────── */

const isoDay = fc.integer({ min: 0, max: 4_000 }).map((n) => addDays('2010-01-01', n));
const seriesName = fc.tuple(fc.integer({ min: 4, max: 6 }), fc.integer({ min: 0, max: 19 })).map(([a, b]) => `${a}.${b}`);
/** A series has one release day, whichever status names it. */
const releaseDay = (series: string) => {
  const [major = 0, minor = 0] = series.split('.').map(Number);
  return addDays('2015-04-12', 70 * ((major - 4) * 20 + minor));
};

/** One release data behind every status: a series' end of life is the same whichever version names it. */
const eolOf = (series: string): ReleaseStatus['eol'] => {
  const minor = Number(series.split('.')[1]);
  if (minor % 3 === 0) return { date: addDays(releaseDay(series), 450), projected: false, lastPoint: `${series}.30` };
  if (minor % 3 === 1) return { date: addDays(releaseDay(series), 300), projected: minor % 2 === 0 };
  return undefined;
};

/** The status of a version a page mentions: a series (X.Y) or one of its point releases. */
const releaseRow: fc.Arbitrary<ReleaseStatus> = fc.record({ series: seriesName, point: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }) }).map(({ series, point }) => {
  const subject = point ? `${series}.${point}` : series;
  const eol = eolOf(series);
  const released = Number(series.split('.')[1]) % 4 !== 3; // the rest are still to come
  return {
    subject,
    series,
    state: eol && !eol.projected ? 'eol' : 'stable',
    ...(released ? { releasedOn: addDays(releaseDay(series), 7 * (point ?? 0)) } : {}),
    ...(eol ? { eol } : {}),
    evidence: [{ label: 'tag', href: `https://git.kernel.org/torvalds/h/v${subject}` }],
  };
});

const mainlineRow: fc.Arbitrary<MainlineStatus> = fc
  .record({
    kind: fc.constantFrom('commit', 'path', 'pull', 'msgid'),
    n: fc.nat({ max: 20 }),
    merged: fc.boolean(),
    release: seriesName,
    committedOn: isoDay,
    released: fc.boolean(),
    isMerge: fc.boolean(),
    untagged: fc.boolean(),
  })
  .map(({ kind, n, merged, release, committedOn, released, isMerge, untagged }) => ({
    kind,
    subject: kind === 'path' ? `dir${n}/` : kind === 'commit' ? sha(n) : `msg${n}@example.org`,
    state: merged ? 'merged' : 'not-merged',
    ...(merged ? { release, tag: `v${release}-rc1`, commit: { sha: sha(n), committedOn, ...(isMerge ? { isMerge } : {}) }, ...(released ? { releasedOn: releaseDay(release) } : {}), ...(untagged ? { untagged } : {}) } : {}),
    evidence: [
      { label: 'commit', href: `https://git.kernel.org/torvalds/c/${sha(n)}` },
      { label: 'tag', href: `https://git.kernel.org/torvalds/h/v${release}-rc1` },
    ],
  }));

const articleRow: fc.Arbitrary<RankedArticle> = fc
  .record({ n: fc.nat({ max: 30 }), date: isoDay, timed: fc.boolean(), title: fc.string({ minLength: 1, maxLength: 20 }) })
  .map(({ n, date, timed, title }) => ({
    article: { url: `https://www.phoronix.com/news/A-${n}`, title, ...(timed ? { publishedAt: `${date}T10:00:00.000Z` } : { date }), seenIn: 'rss', seenAt: n },
    score: 1,
    reasons: [],
  }));

describe('the "since this article" timeline', () => {
  it('lists what came after the article, oldest first (mainline, release, then articles by rank on a day), each event once', () => {
    fc.assert(
      fc.property(isoDay, fc.array(releaseRow, { maxLength: 5 }), fc.array(mainlineRow, { maxLength: 5 }), fc.array(articleRow, { maxLength: 8 }), (published, releases, mainline, articles) => {
        const rows = buildTimeline({ publishedAt: `${published}T08:00:00Z`, releases, mainline, articles });
        const order = { mainline: 0, release: 1, article: 2 };
        for (let i = 1; i < rows.length; i++) {
          const [a, b] = [rows[i - 1]!, rows[i]!];
          expect(a.date <= b.date).toBe(true);
          if (a.date === b.date) expect(order[a.kind] * 1_000 + (a.rank ?? 0)).toBeLessThanOrEqual(order[b.kind] * 1_000 + (b.rank ?? 0));
        }
        for (const row of rows) {
          expect(row.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(row.date >= published).toBe(true);
        }
        // Each article once, each event once; one release announced once a day.
        const articleUrls = rows.filter((row) => row.kind === 'article').map((row) => row.href);
        expect(new Set(articleUrls).size).toBe(articleUrls.length);
        const events = rows.filter((row) => row.kind !== 'article').map((row) => `${row.kind}|${row.date}|${row.text}`);
        expect(new Set(events).size).toBe(events.length);
        // A release and the same release "with" merged code, on one day, are one row: the richer.
        const releasedWith = new Set(rows.flatMap((row) => (row.kind === 'release' && /^Linux \S+ released, with /.test(row.text) ? [`${row.date}|${row.text.split(' ')[1]}`] : [])));
        for (const row of rows.filter((r) => r.kind === 'release' && /^Linux \S+ released$/.test(r.text))) {
          expect(releasedWith.has(`${row.date}|${row.text.split(' ')[1]}`), rows.map((r) => `${r.date} ${r.text}`).join('\n')).toBe(false);
        }
        // The order the page mentioned its versions in changes nothing but which evidence link a shared event keeps.
        const again = buildTimeline({ publishedAt: `${published}T08:00:00Z`, releases: [...releases].reverse(), mainline, articles });
        expect(again.map((row) => `${row.date} ${row.kind} ${row.text}`)).toEqual(rows.map((row) => `${row.date} ${row.kind} ${row.text}`));
        // Every dated article from the day of publication on is there.
        const expectedUrls = new Set(articles.filter(({ article }) => (article.publishedAt ?? article.date ?? '').slice(0, 10) >= published).map(({ article }) => article.url));
        expect(new Set(articleUrls)).toEqual(expectedUrls);
      }),
      { numRuns: 500 },
    );
  });

  const rust: MainlineStatus = { kind: 'path', subject: 'rust/', state: 'merged', release: '6.1', tag: 'v6.1-rc1', releasedOn: '2022-12-11', commit: { sha: sha(1), committedOn: '2022-09-28' }, evidence: [{ label: 'tag', href: 'https://git.kernel.org/torvalds/h/v6.1-rc1' }] };
  const status = (subject: string, releasedOn: string): ReleaseStatus => ({ subject, series: '6.1', state: 'longterm', releasedOn, evidence: [{ label: 'tag', href: `https://git.kernel.org/torvalds/h/v${subject}` }] });

  it('announces a release once when the page names both it and code it brought (found by the property above)', () => {
    const rows = buildTimeline({ publishedAt: '2022-06-01T00:00:00Z', releases: [status('6.1', '2022-12-11')], mainline: [rust], articles: [] });
    expect(rows.filter((row) => row.date === '2022-12-11').map((row) => row.text)).toEqual(['Linux 6.1 released, with code under rust/']);
  });

  it('still announces a release when a point release of it was mentioned first (found by the property above)', () => {
    const rows = buildTimeline({ publishedAt: '2022-06-01T00:00:00Z', releases: [status('6.1.5', '2023-01-12'), status('6.1', '2022-12-11')], mainline: [], articles: [] });
    expect(rows.map((row) => `${row.date} ${row.text}`)).toEqual(['2022-12-11 Linux 6.1 released']);
  });
});
