import type { Server } from 'node:http';
/** The policy the page is served under: its own scripts, styles and nothing else. */
export const CSP: string;
/** Serve the files of `root` on 127.0.0.1:`port` (0: a free port); resolves to the server and its URL. */
export function serveFolder(root: string, port?: number): Promise<{ server: Server; url: string }>;
