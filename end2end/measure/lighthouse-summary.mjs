// Prints the scores and a few metrics of one Lighthouse JSON report (scripts/size.sh).
//   node measure/lighthouse-summary.mjs LABEL report.json
// Exit status 1 if the report is missing, has a runtime error, or ended on another address
// than the one asked for (e.g. a session cookie that did not work); a low score is not an error.
import { readFileSync } from 'node:fs';

const [label, file] = process.argv.slice(2);
if (!label || !file) {
  console.error('usage: node measure/lighthouse-summary.mjs LABEL report.json');
  process.exit(2);
}
let lhr;
try {
  lhr = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  console.error(`lighthouse ${label}: no report (${e.message})`);
  process.exit(1);
}
const score = (c) => (lhr.categories?.[c]?.score == null ? 'n/a' : String(Math.round(lhr.categories[c].score * 100)));
const metric = (id) => lhr.audits?.[id]?.displayValue ?? 'n/a';
const requested = lhr.requestedUrl;
const final = lhr.finalDisplayedUrl ?? lhr.finalUrl;
console.log(
  `lighthouse ${label}: performance ${score('performance')}, accessibility ${score('accessibility')}` +
    ` (FCP ${metric('first-contentful-paint')}, LCP ${metric('largest-contentful-paint')},` +
    ` TBT ${metric('total-blocking-time')}, CLS ${metric('cumulative-layout-shift')},` +
    ` ${metric('total-byte-weight')}; ${lhr.configSettings?.formFactor ?? '?'}, lighthouse ${lhr.lighthouseVersion})`,
);
const failedA11y = Object.values(lhr.audits ?? {}).filter(
  (a) => a.score === 0 && lhr.categories?.accessibility?.auditRefs?.some((r) => r.id === a.id && r.weight > 0),
);
for (const a of failedA11y) console.log(`  accessibility audit failed: ${a.id} (${a.title})`);
let bad = false;
if (lhr.runtimeError) {
  console.log(`  runtime error: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  bad = true;
}
if (final && requested && final !== requested) {
  console.log(`  note: asked for ${requested}, ended on ${final}`);
  bad = true;
}
process.exit(bad ? 1 : 0);
