// Prints the @font-face rules of IBM Plex Sans for our stylesheet (scripts/build.sh puts
// them first): npm @fontsource/ibm-plex-sans's own rules, one per script part (latin,
// latin-ext, cyrillic, ...) and weight, with its unicode-ranges, changed to woff2 only, to
// font-display: optional and to the folder build.sh copies the files to. Why: style/fonts.css.
import { readFileSync } from 'node:fs';

const dir = new URL('../end2end/node_modules/@fontsource/ibm-plex-sans/', import.meta.url);
const rules = [];
for (const weight of [400, 500, 600, 700]) {
  for (const style of ['normal', 'italic']) {
    const css = readFileSync(new URL(`${weight}${style === 'italic' ? '-italic' : ''}.css`, dir), 'utf8');
    for (const [, part, body] of css.matchAll(/\/\* (\S+) \*\/\s*@font-face \{(.*?)\}/gs)) {
      const range = body.match(/unicode-range: ([^;]+);/);
      if (!range) throw new Error(`${part}: no unicode-range (a new @fontsource layout?)`);
      rules.push(`@font-face {
  font-family: "IBM Plex Sans";
  font-style: ${style};
  font-weight: ${weight};
  font-display: optional;
  src: url(/dkfds/@DKFDS@/fonts/ibm-plex-sans/${part}.woff2) format("woff2");
  unicode-range: ${range[1]};
}`);
    }
  }
}
if (rules.length !== 48) throw new Error(`expected 48 faces (6 parts, 4 weights, 2 styles), found ${rules.length}`);
process.stdout.write(rules.join('\n\n') + '\n\n');
