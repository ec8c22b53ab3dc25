// The worker thread's entry. A worker thread does not inherit the parent's TypeScript loader (tsx under the CLI,
// Vite under vitest), so it registers tsx itself before importing the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./process-document-worker.ts');
