// Share links: the program, the run options and the view, carried in the URL's fragment so
// that no server ever sees them (a fragment is not sent with the request). The state is
// JSON, compressed with the platform's own CompressionStream ('deflate-raw', RFC 1951: no
// header or checksum, the fragment stays short) and written as base64url (RFC 4648 §5), which
// needs no escaping in a URL. A version number comes first, so later formats can still read
// old links.
//
//   #k1=<base64url(deflate-raw(JSON))>

export const SHARE_VERSION = 1;
const PREFIX = `#k${SHARE_VERSION}=`;

export interface SharedState {
  code: string;
  /** 'shared' falls back to 'virtual' where the page is not cross-origin isolated. */
  platform?: 'shared' | 'virtual';
  view?: 'timeline' | 'kitchen';
  /** The preset the code came from (its explanation is shown again). */
  preset?: string;
  speed?: number;
  projector?: boolean;
  predictFirst?: boolean;
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

export function toBase64Url(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('the link is damaged (characters outside base64url)');
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The fragment (with its '#') that carries `state`. */
export async function encodeShare(state: SharedState): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(state));
  return PREFIX + toBase64Url(await pipe(json, new CompressionStream('deflate-raw')));
}

/** Whether `hash` is a share fragment at all (any version), so a damaged link is reported. */
export function isShareHash(hash: string): boolean {
  return /^#k\d+=/.test(hash);
}

/** The state in a share fragment; throws a message for the reader when it cannot be read. */
export async function decodeShare(hash: string): Promise<SharedState> {
  if (!hash.startsWith(PREFIX)) {
    const v = /^#k(\d+)=/.exec(hash)?.[1];
    throw new Error(v ? `this link was made by a newer version of the kitchen (format ${v})` : 'not a kitchen share link');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(await pipe(fromBase64Url(hash.slice(PREFIX.length)), new DecompressionStream('deflate-raw')));
  } catch {
    throw new Error('the link is damaged or cut short (it could not be decompressed)');
  }
  const s = JSON.parse(text) as Partial<SharedState>;
  if (typeof s.code !== 'string') throw new Error('the link carries no program');
  const out: SharedState = { code: s.code };
  if (s.platform === 'shared' || s.platform === 'virtual') out.platform = s.platform;
  if (s.view === 'timeline' || s.view === 'kitchen') out.view = s.view;
  if (typeof s.preset === 'string') out.preset = s.preset;
  if (typeof s.speed === 'number' && s.speed > 0 && s.speed <= 1) out.speed = s.speed;
  if (typeof s.projector === 'boolean') out.projector = s.projector;
  if (typeof s.predictFirst === 'boolean') out.predictFirst = s.predictFirst;
  return out;
}

/** The page's address with `fragment` in place of its own (query kept: ?embed=1 etc.). */
export function shareUrl(location: { origin: string; pathname: string; search: string }, fragment: string): string {
  return `${location.origin}${location.pathname}${location.search}${fragment}`;
}
