// A pre-budget gate over HTTP: a budget-request form (or any system) posts the project descriptor,
// YAML or JSON, before it submits the request; kanmon's gate answers 200 when nothing blocks and
// 422 with the blocking findings when something does. See docs/integrations/http-gate.md.
//
//   node http-gate.mjs            listens on 127.0.0.1:8080 (PORT and HOST change that; AS_OF=YYYY-MM-DD
//                                 judges at that date instead of today, to try requests ahead of time)
//   curl --data-binary @request.yaml -H 'Accept-Language: ja' http://127.0.0.1:8080/
import { Buffer } from 'node:buffer';
import { createServer } from 'node:http';
import { pathToFileURL } from 'node:url';
import { gate, parseDescriptor } from 'kanmon';

/** Largest body read, in bytes: a descriptor is a few hundred KiB at most. */
const MAX_BODY = 1024 * 1024;

const TEXT = {
  method: { ja: '記述子（YAML 又は JSON）を POST してください。', en: 'POST a descriptor (YAML or JSON).' },
  tooLarge: { ja: '記述子が大きすぎます（上限 1 MiB）。', en: 'The descriptor is too large (1 MiB at most).' },
  invalid: { ja: '記述子として不正です。評価していません。', en: 'This is not a valid descriptor. Nothing was evaluated.' },
};

function send(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(`${JSON.stringify(body, null, 2)}\n`);
}

/** Japanese when the caller prefers it (Accept-Language: ja…), else English. */
function language(req) {
  return /^\s*ja\b/i.test(req.headers['accept-language'] ?? '') ? 'ja' : 'en';
}

/** What a caller needs of a blocking finding: the rule, where, why, how to fix it, and the source. */
function blockingFinding(f) {
  return {
    ruleId: f.ruleId, title: f.title, severity: f.severity, status: f.status, pointer: f.pointer,
    ...(f.line !== undefined ? { line: f.line, column: f.column } : {}),
    message: f.message, ...(f.remediation ? { remediation: f.remediation } : {}),
    source: { title: f.source.title, issuer: f.source.issuer, date: f.source.date ?? f.source.notBefore, section: f.section },
  };
}

/**
 * The request handler. `options` are gate()'s (phase, failOn, asOf …); the language follows the
 * request. 200 allowed, 422 denied (with the blocking findings), 400 not a descriptor, 405, 413.
 */
export function gateHandler(options = {}) {
  return (req, res) => {
    const lang = language(req);
    if (req.method !== 'POST') return send(res, 405, { error: 'method', message: TEXT.method[lang] });
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size <= MAX_BODY) chunks.push(chunk);
    });
    req.on('end', () => {
      if (size > MAX_BODY) return send(res, 413, { error: 'too-large', message: TEXT.tooLarge[lang] });
      const parsed = parseDescriptor(Buffer.concat(chunks).toString('utf8'), 'request');
      if (!parsed.ok) {
        const problems = parsed.diagnostics.map((d) => ({ code: d.code, pointer: d.pointer, line: d.line, column: d.column, message: d.message[lang] }));
        return send(res, 400, { error: 'invalid-descriptor', message: TEXT.invalid[lang], problems });
      }
      const result = gate(parsed.descriptor, { ...options, lang, ...(parsed.source ? { source: parsed.source } : {}) });
      send(res, result.decision === 'deny' ? 422 : 200, {
        decision: result.decision,
        asOf: result.report.asOf,
        phase: result.report.phase,
        blocking: result.blocking.map(blockingFinding),
        warnings: result.report.warnings.map((w) => ({ code: w.code, message: w.message[lang] })),
      });
    });
  };
}

// Run as a program: listen, and print the address (port 0 picks a free port).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const server = createServer(gateHandler(process.env.AS_OF ? { asOf: process.env.AS_OF } : {}));
  server.listen(Number(process.env.PORT ?? 8080), process.env.HOST ?? '127.0.0.1', () => {
    const { address, port } = server.address();
    process.stdout.write(`http://${address}:${port}/\n`);
  });
}
