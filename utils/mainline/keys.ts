import type { MainlineQuery } from '../types';

/** One cache key per subject, whatever page asked. */
export function mainlineKey(query: MainlineQuery): string {
  switch (query.kind) {
    case 'commit':
      return `mainline:commit:${query.sha}`;
    case 'msgid':
      return `mainline:msgid:${query.msgid}${query.patch ? ':patch' : ''}`;
    case 'pull':
      return `mainline:pull:${query.msgid}:${query.mergeSha ?? ''}`;
    case 'path':
      return `mainline:path:${query.path}`;
  }
}

/** The subject as the query names it: the sha as given, the msgid, the path. */
export function subjectOf(query: MainlineQuery): string {
  switch (query.kind) {
    case 'commit':
      return query.sha;
    case 'msgid':
    case 'pull':
      return query.msgid;
    case 'path':
      return query.path;
  }
}
