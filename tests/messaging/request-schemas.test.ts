import { InvalidMessageError, REQUEST_SCHEMAS, validateRequest } from '@/utils/messaging/request-schemas';
import type { MessageType } from '@/utils/messaging/protocol';

describe('validateRequest', () => {
  it('accepts each message in its exact shape', () => {
    expect(validateRequest('getCurrentReleases', { refresh: true })).toEqual({ refresh: true });
    expect(validateRequest('getCurrentReleases', { refresh: false })).toEqual({ refresh: false });
    for (const type of ['getCacheStats', 'clearCache', 'getRateLimits', 'getPageReport'] as const) {
      expect(validateRequest(type, undefined)).toBeUndefined();
    }
  });

  it.each(['deleteEverything', 'fetchUrl', '__proto__', 'constructor', 'toString', ''])('rejects the unknown type %j', (type) => {
    expect(() => validateRequest(type as MessageType, undefined)).toThrow(InvalidMessageError);
  });

  it.each<[string, unknown]>([
    ['an extra field', { refresh: true, url: 'https://evil.example/' }],
    ['a string for a boolean', { refresh: 'true' }],
    ['a number for a boolean', { refresh: 1 }],
    ['a missing field', {}],
    ['null', null],
    ['no data', undefined],
    ['an array', [true]],
    ['a string', 'refresh'],
  ])('rejects getCurrentReleases with %s', (_name, data) => {
    expect(() => validateRequest('getCurrentReleases', data)).toThrow(InvalidMessageError);
  });

  it.each<[string, unknown]>([
    ['an empty object', {}],
    ['null', null],
    ['a value', 'stats please'],
    ['an object', { all: true }],
  ])('rejects data (%s) for a message that takes none', (_name, data) => {
    for (const type of ['getCacheStats', 'clearCache', 'getRateLimits', 'getPageReport'] as const) {
      expect(() => validateRequest(type, data)).toThrow(InvalidMessageError);
    }
  });

  it('names the message type in its error', () => {
    expect(() => validateRequest('getCurrentReleases', { refresh: 'yes' })).toThrow(/getCurrentReleases/);
  });

  it('has a schema for every message of the protocol', () => {
    const protocol: Record<MessageType, true> = {
      getCurrentReleases: true,
      getCacheStats: true,
      clearCache: true,
      getRateLimits: true,
      getPageReport: true,
      reportPage: true,
      getReleaseStatuses: true,
      getMainlineStatus: true,
      getLaterNews: true,
      recordArticles: true,
      getKnownDevelopments: true,
      validateGitHubToken: true,
      refreshPage: true,
      toggleThisPage: true,
      showAnnotations: true,
      getAnnotatorStart: true,
    };
    expect(Object.keys(REQUEST_SCHEMAS).sort()).toEqual(Object.keys(protocol).sort());
  });
});
