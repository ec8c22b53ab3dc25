// The worker thread's entry when Plaudit runs from its TypeScript sources. A worker thread does not inherit the
// parent's TypeScript loader (tsx under the CLI, Vite under vitest), so it registers tsx itself before importing the
// TypeScript entry. The compiled build (dist/) starts process-document-worker.js directly and never loads this.
import { register } from 'tsx/esm/api';

register();
await import('./process-document-worker.ts');
