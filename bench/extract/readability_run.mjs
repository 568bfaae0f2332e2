// Mozilla Readability (npm @mozilla/readability on linkedom) over the AEB pages, for
// bench/extract/run. Loads and gunzips every page first, then times only the loop of
// bytes -> string, linkedom parseHTML, new Readability(document).parse().textContent.
//
//   node readability_run.mjs AEB_DIR OUT.json
//
// Writes OUT.json ({"<sha256>": {"articleBody": text}}) and prints one line:
// "pages N seconds S pages/s X MB/s Y" (MB/s over the gunzipped bytes, like extract_eval).
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const [aebDir, outPath] = process.argv.slice(2);
if (!aebDir || !outPath) {
  console.error('usage: node readability_run.mjs AEB_DIR OUT.json');
  process.exit(2);
}

const gold = JSON.parse(readFileSync(`${aebDir}/ground-truth.json`, 'utf8'));
const pages = [];
for (const key of Object.keys(gold)) {
  try {
    pages.push({ key, bytes: gunzipSync(readFileSync(`${aebDir}/html/${key}.html.gz`)) });
  } catch (e) {
    console.error(`skip ${key}: ${e.message}`);
  }
}

// The declared charset of a page (meta charset in the first 2 KB), UTF-8 when none or unknown:
// the same decode step our engine pays for inside its timed loop.
function decode(bytes) {
  const head = bytes.subarray(0, 2048).toString('latin1');
  const m = /charset\s*=\s*["']?([\w:.-]+)/i.exec(head);
  if (m) {
    try {
      return new TextDecoder(m[1]).decode(bytes);
    } catch {
      // Unknown label: fall through to UTF-8.
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}

const out = {};
let bytes = 0;
let failures = 0;
const t0 = process.hrtime.bigint();
for (const page of pages) {
  bytes += page.bytes.length;
  let text = '';
  try {
    const { document } = parseHTML(decode(page.bytes));
    const article = new Readability(document).parse();
    text = article && article.textContent ? article.textContent : '';
  } catch (e) {
    ++failures;
  }
  out[page.key] = { articleBody: text };
}
const seconds = Number(process.hrtime.bigint() - t0) / 1e9;

writeFileSync(outPath, JSON.stringify(out));
if (failures > 0) console.error(`readability: ${failures} pages threw`);
console.log(`pages ${pages.length} seconds ${seconds.toFixed(3)} ` +
            `pages/s ${(pages.length / seconds).toFixed(1)} MB/s ${(bytes / seconds / 1e6).toFixed(2)}`);
