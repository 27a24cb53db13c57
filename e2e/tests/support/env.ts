/** The running system's address (bin/run prints it), or `vite preview`'s for the spa project. */
export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:8080';
