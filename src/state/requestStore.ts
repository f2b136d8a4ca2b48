/** The request being built: method, path, body text and how it is timestamped and authenticated. */
import { create } from 'zustand';
import {
  type EmptyBodyConvention,
  ENDPOINTS,
  type HttpMethod,
} from '../core/requestModel.ts';
import { createPaintedMirror } from './paintedMirror.ts';

export type TimestampMode = 'live' | 'pinned';
/** `signed` sends X-Timestamp and X-API-Signature; `key-only` is the guide's simple authentication. */
export type AuthMode = 'signed' | 'key-only';

export interface RequestState {
  method: HttpMethod;
  path: string;
  body: string;
  authMode: AuthMode;
  timestampMode: TimestampMode;
  /** The `Timestamp` field exactly as typed (it may be invalid; nothing typed is thrown away). */
  pinnedTimestamp: string;
  emptyBody: EmptyBodyConvention;
}

const defaultEndpoint = ENDPOINTS[0]!;

export const initialRequest: RequestState = {
  method: defaultEndpoint.method,
  path: defaultEndpoint.path,
  body: defaultEndpoint.exampleBody,
  authMode: 'signed',
  timestampMode: 'live',
  pinnedTimestamp: '',
  emptyBody: 'empty',
};

export const useRequestStore = create<RequestState>()(() => initialRequest);

export const useMethod = () => useRequestStore((s) => s.method);
export const usePath = () => useRequestStore((s) => s.path);
export const useBody = () => useRequestStore((s) => s.body);
export const useAuthMode = () => useRequestStore((s) => s.authMode);
export const useTimestampMode = () => useRequestStore((s) => s.timestampMode);
export const usePinnedTimestamp = () => useRequestStore((s) => s.pinnedTimestamp);
export const useEmptyBody = () => useRequestStore((s) => s.emptyBody);
/** The body as of the last painted frame, for views that check or quote it (see paintedMirror.ts). */
const useShownRequestStore = createPaintedMirror(useRequestStore);
export const useShownBody = () => useShownRequestStore((s) => s.body);

export const setMethod = (method: HttpMethod) => useRequestStore.setState({ method });
export const setPath = (path: string) => useRequestStore.setState({ path });
export const setBody = (body: string) => useRequestStore.setState({ body });
export const setAuthMode = (authMode: AuthMode) => useRequestStore.setState({ authMode });
export const setEmptyBody = (emptyBody: EmptyBodyConvention) => useRequestStore.setState({ emptyBody });
export const setPinnedTimestamp = (pinnedTimestamp: string) => useRequestStore.setState({ pinnedTimestamp });

/** Picks a documented endpoint; its example body replaces the body only when the current one is empty or an example. */
export function selectEndpoint(id: string): void {
  const endpoint = ENDPOINTS.find((candidate) => candidate.id === id);
  if (!endpoint) return;
  const { body } = useRequestStore.getState();
  const bodyIsExample = body === '' || ENDPOINTS.some((candidate) => candidate.exampleBody === body);
  useRequestStore.setState({
    method: endpoint.method,
    path: endpoint.path,
    ...(bodyIsExample ? { body: endpoint.exampleBody } : {}),
  });
}

/** Pins the timestamp (to `nowSeconds` when nothing was typed yet) or lets it follow the clock again. */
export function setTimestampPinned(pinned: boolean, nowSeconds: number): void {
  const { pinnedTimestamp } = useRequestStore.getState();
  useRequestStore.setState({
    timestampMode: pinned ? 'pinned' : 'live',
    pinnedTimestamp: pinned && pinnedTimestamp === '' ? String(nowSeconds) : pinnedTimestamp,
  });
}
