import { HttpClient, type HttpClientOptions } from '@/utils/net/http-client';
import { fakeClock, type FakeClock } from './fake-clock';

export type Responder = (url: string, init: RequestInit | undefined, call: number) => Response | Promise<Response>;

export interface FakeHttp {
  client: HttpClient;
  clock: FakeClock;
  /** Every delay the client slept for, in order. */
  delays: number[];
  /** Every URL the client fetched, in order. */
  fetched: string[];
  fetchMock: ReturnType<typeof vi.fn<(input: RequestInfo | URL, init?: RequestInit) => Promise<Response>>>;
}

/**
 * An HttpClient over a fake network: `respond` plays the server, sleeping records the
 * delay and returns at once (the clock does not move unless the test moves it).
 */
export function fakeHttp(respond: Responder, options: Partial<HttpClientOptions> = {}): FakeHttp {
  const clock = fakeClock();
  const delays: number[] = [];
  const fetched: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = input instanceof Request ? input.url : String(input);
    fetched.push(url);
    return respond(url, init, fetched.length);
  });
  const client = new HttpClient({
    fetch: fetchMock,
    now: clock.now,
    sleep: async (ms) => {
      delays.push(ms);
    },
    random: () => 0.5,
    isOnline: () => true,
    ...options,
  });
  return { client, clock, delays, fetched, fetchMock };
}

export function textResponse(body: string, init: ResponseInit = {}): Response {
  return new Response(body, { status: 200, ...init, headers: { 'content-type': 'text/html; charset=utf-8', ...(init.headers as Record<string, string> | undefined) } });
}

export function jsonResponse(json: unknown, init: ResponseInit = {}): Response {
  return new Response(JSON.stringify(json), {
    status: 200,
    ...init,
    headers: { 'content-type': 'application/json; charset=utf-8', ...(init.headers as Record<string, string> | undefined) },
  });
}

/** A response that says it came from `url` (as after following redirects). */
export function redirectedResponse(url: string, body: string): Response {
  const response = textResponse(body);
  Object.defineProperty(response, 'url', { value: url });
  return response;
}
