/**
 * The protocol of utils/messaging/protocol-map.ts for the content script, over the
 * browser's own runtime messaging: the wire format of @webext-core/messaging (requests
 * `{ id, type, data, timestamp }`, replies `{ res }` or `{ err }`, over a port with the
 * request's `id`), so the background and the popup keep the library while the content
 * script carries neither it nor its webextension-polyfill.
 * tests/messaging/content-messaging.test.ts runs it against the background's registration
 * and the library itself.
 */
import type { AnnotatorStart, AnswerAhead, StoredChoices } from '../types';
import { handOver, takeHandedOver } from '../dom/world-handover';
import { questionKey } from './answers-ahead';
import { extensionRuntime } from './extension-runtime';
import type { MessageType, ProtocolMap } from './protocol-map';
import { QUESTIONS_PORT } from './protocol-map';

type DataOf<K extends MessageType> = Parameters<ProtocolMap[K]>[0];
type ReplyOf<K extends MessageType> = ReturnType<ProtocolMap[K]>;
type Reply = { res?: unknown; err?: { message?: unknown } | null } | undefined;

interface RuntimeMessaging {
  lastError?: unknown;
  connect(info: { name: string }): QuestionPort;
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined): void;
    removeListener(listener: (message: unknown, sender: unknown, sendResponse: (reply: unknown) => void) => boolean | undefined): void;
  };
}

let nextId = Math.floor(Math.random() * 10_000);

function runtime(): RuntimeMessaging {
  return extensionRuntime() as unknown as RuntimeMessaging;
}

interface QuestionPort {
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
}

interface Waiting {
  id: number;
  resolve: (reply: Reply) => void;
  message: object;
  askedAgain: boolean;
}

/**
 * The page's questions go over one port to the background rather than one runtime message
 * each: a runtime message opens (and closes) a channel of its own every time, and with a
 * page's five or six questions those round trips were most of the wait for the overlays.
 */
let port: QuestionPort | undefined;
const waiting = new Map<number, Waiting>();

function questionPort(): QuestionPort {
  if (port) return port;
  const opened = runtime().connect({ name: QUESTIONS_PORT });
  opened.onMessage.addListener((message) => {
    const id = (message as { id?: unknown } | null)?.id;
    const entry = typeof id === 'number' ? waiting.get(id) : undefined;
    if (!entry) return;
    waiting.delete(id as number);
    entry.resolve(message as Reply);
  });
  // The service worker was stopped (idle, or the extension updated): what was still waiting
  // is asked once more over a new port, which wakes it; a second loss is no answer.
  opened.onDisconnect.addListener(() => {
    // Read, so Chrome does not log the reason as unchecked; what follows is the same for any.
    void runtime().lastError;
    if (port === opened) port = undefined;
    for (const entry of waiting.values()) askAgain(entry);
  });
  port = opened;
  return opened;
}

function post(entry: Waiting): void {
  try {
    questionPort().postMessage(entry.message);
  } catch {
    // The port was closed under us: its disconnection may not have been told yet.
    port = undefined;
    askAgain(entry);
  }
}

function askAgain(entry: Waiting): void {
  if (entry.askedAgain) {
    waiting.delete(entry.id);
    entry.resolve(undefined);
    return;
  }
  entry.askedAgain = true;
  post(entry);
}

/** The answer in a reply; the background's error message when it refused or failed. */
function answerOf<K extends MessageType>(reply: Reply): ReplyOf<K> {
  if (!reply) throw new Error('No response');
  if (reply.err != null) throw new Error(typeof reply.err.message === 'string' ? reply.err.message : 'Error');
  return reply.res as ReplyOf<K>;
}

/** Opens the port before the first question, so the background is awake when asked. */
export function connectEarly(): void {
  try {
    questionPort();
  } catch {
    // The extension was reloaded under this page: its questions will say so.
  }
}

/** Closes the port (the content script is being replaced); what was waiting gets no answer. */
export function disconnectQuestions(): void {
  const closing = port;
  port = undefined;
  ahead = undefined;
  closing?.disconnect();
  for (const entry of waiting.values()) entry.resolve(undefined);
  waiting.clear();
}

/** The answers given ahead of the page's first questions, by question, each taken once. */
let ahead: Promise<Map<string, unknown>> | undefined;
/** Answers ahead are the answers of the page's opening moments: a later question is asked. */
const AHEAD_FOR_MS = 5_000;

/**
 * The background's answers to the questions this page asked on its last visit
 * (utils/messaging/answers-ahead.ts), for the questions about to be asked: each is taken, once,
 * by sendMessage for the same question, within AHEAD_FOR_MS.
 */
export function takeAnswersAhead(answers: Promise<AnswerAhead[]>): void {
  const taken = answers.then(
    (list) => new Map(list.map(({ type, data, res }) => [questionKey(type, data), res])),
    () => new Map<string, unknown>(),
  );
  ahead = taken;
  setTimeout(() => {
    if (ahead === taken) ahead = undefined;
  }, AHEAD_FOR_MS);
}

const START_HANDOVER = '__kernelContextAnnotatorStart';

/**
 * For the content script: asks the background for what the annotator starts with — the
 * user's choices and the answers ahead — for the annotator it asked for to take.
 */
export function askAnnotatorStart(): void {
  handOver(START_HANDOVER, sendOneMessage('getAnnotatorStart'));
}

/**
 * For the annotator: the start the content script asked for, if it did — its answers ahead
 * taken for the questions about to be asked, its choices returned.
 */
export function takeAskedAnnotatorStart(): Promise<StoredChoices> | undefined {
  const asked = takeHandedOver<AnnotatorStart>(START_HANDOVER);
  if (!asked) return undefined;
  takeAnswersAhead(asked.then(({ answersAhead }) => answersAhead));
  return asked.then(({ choices }) => choices);
}

/** The answer given ahead for this question, taken; undefined when there is none. */
async function answerAhead(type: string, data: unknown): Promise<{ res: unknown } | undefined> {
  const answers = await ahead;
  const key = questionKey(type, data);
  if (!answers?.has(key)) return undefined;
  const res = answers.get(key);
  answers.delete(key);
  return { res };
}

/** Asks the background; rejects with the background's error message when it refused or failed. */
export async function sendMessage<K extends MessageType>(type: K, ...[data]: DataOf<K> extends undefined ? [] : [DataOf<K>]): Promise<ReplyOf<K>> {
  if (ahead) {
    const given = await answerAhead(type, data);
    if (given) return given.res as ReplyOf<K>;
  }
  const id = nextId++;
  const message = { id, type, data, timestamp: Date.now() };
  const reply = await new Promise<Reply>((resolve) => {
    const entry = { id, resolve, message, askedAgain: false };
    waiting.set(id, entry);
    post(entry);
  });
  return answerOf<K>(reply);
}

/**
 * One question as a runtime message of its own, for a script that asks once and has no use
 * for a port (entrypoints/content-start.ts asking for the annotator).
 */
export async function sendOneMessage<K extends MessageType>(type: K, ...[data]: DataOf<K> extends undefined ? [] : [DataOf<K>]): Promise<ReplyOf<K>> {
  const reply = (await runtime().sendMessage({ id: nextId++, type, data, timestamp: Date.now() })) as Reply;
  return answerOf<K>(reply);
}

/** Answers one message type sent to this tab (by the popup or the background). Returns a function that stops. */
export function onMessage<K extends MessageType>(type: K, handle: (data: DataOf<K>) => ReplyOf<K> | Promise<ReplyOf<K>>): () => void {
  const listener = (message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    if (typeof message !== 'object' || message === null || (message as { type?: unknown }).type !== type) return undefined;
    Promise.resolve()
      .then(() => handle((message as { data: DataOf<K> }).data))
      .then(
        (res) => sendResponse({ res }),
        (error: unknown) => sendResponse({ err: { name: 'Error', message: error instanceof Error ? error.message : String(error) } }),
      );
    // The reply comes later: keep the channel open.
    return true;
  };
  runtime().onMessage.addListener(listener);
  return () => runtime().onMessage.removeListener(listener);
}
