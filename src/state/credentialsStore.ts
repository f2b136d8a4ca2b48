/**
 * The API key and secret, in memory only. This store is deliberately never persisted, never put in a URL and never
 * logged: a reload forgets both. Everything derived from the secret (its hash, the HMAC key) is computed on demand.
 */
import { create } from 'zustand';

export interface CredentialsState {
  apiKey: string;
  secret: string;
}

export const initialCredentials: CredentialsState = { apiKey: '', secret: '' };

export const useCredentialsStore = create<CredentialsState>()(() => initialCredentials);

export const useApiKey = () => useCredentialsStore((state) => state.apiKey);
export const useSecret = () => useCredentialsStore((state) => state.secret);

export function setApiKey(apiKey: string): void {
  useCredentialsStore.setState({ apiKey });
}

export function setSecret(secret: string): void {
  useCredentialsStore.setState({ secret });
}

export function setCredentials(apiKey: string, secret: string): void {
  useCredentialsStore.setState({ apiKey, secret });
}

export function clearCredentials(): void {
  useCredentialsStore.setState(initialCredentials, true);
}
