// A stand-in for XMLHttpRequest (the SIECLE upload): tests read what was sent and answer by hand.
import { act } from '@testing-library/react';

export class FakeXhr {
  static requests: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  responseText = '';
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  open(method: string, url: string): void {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string): void {
    this.headers[name.toLowerCase()] = value;
  }

  send(body: FormData): void {
    this.body = body;
    FakeXhr.requests.push(this);
  }

  abort(): void {
    this.onabort?.();
  }

  /** The browser reports `loaded` bytes of `total` sent. */
  progress(loaded: number, total: number): void {
    act(() => this.upload.onprogress?.({ lengthComputable: true, loaded, total }));
  }

  /** The server answers (JSON). */
  async respond(body: unknown, status = 200): Promise<void> {
    this.status = status;
    this.responseText = JSON.stringify(body);
    await act(async () => this.onload?.());
  }

  async fail(): Promise<void> {
    await act(async () => this.onerror?.());
  }
}

/** Replaces XMLHttpRequest until the returned function is called. */
export function installFakeXhr(): () => void {
  const original = globalThis.XMLHttpRequest;
  FakeXhr.requests = [];
  globalThis.XMLHttpRequest = FakeXhr as unknown as typeof XMLHttpRequest;
  return () => {
    globalThis.XMLHttpRequest = original;
  };
}

/** The last request sent, once it has been. */
export function lastRequest(): FakeXhr {
  const request = FakeXhr.requests.at(-1);
  if (!request) throw new Error('No request was sent');
  return request;
}
