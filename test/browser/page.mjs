/* global document, fetch, setTimeout */
// The page's own script, bundled with the package's main entry for the browser. It evaluates each
// example synchronously and with evaluateAsync (which loads json-rules-engine on demand), records
// every Content-Security-Policy violation, then checks that the policy really forbids eval here.
import { evaluate, evaluateAsync, parseDescriptor } from 'kanmon';

const out = document.getElementById('out');
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));

const result = { reports: {}, asyncReports: {} };
try {
  const { files, asOf } = JSON.parse(out.dataset.input);
  for (const file of files) {
    const parsed = parseDescriptor(await (await fetch(`/${file}`)).text(), file);
    if (!parsed.ok) throw new Error(parsed.diagnostics.map((d) => d.message.en).join('\n'));
    result.reports[file] = evaluate(parsed.descriptor, { asOf, source: parsed.source });
    const facts = { ismapRegistry: Promise.resolve({ consulted: false }) };
    result.asyncReports[file] = await evaluateAsync(parsed.descriptor, { asOf, source: parsed.source, facts });
  }
} catch (error) {
  result.error = String(error?.stack ?? error);
}
// Violations are reported asynchronously: let any that kanmon caused arrive before the probe.
await new Promise((resolve) => setTimeout(resolve, 50));
result.violations = [...violations];
try {
  new Function('return 1')();
  result.evalBlocked = false;
} catch {
  result.evalBlocked = true;
}
out.textContent = JSON.stringify(result);
out.dataset.done = 'yes';
