import { html } from '../../storage/export/html';

const STYLE = 'body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem}img{max-width:100%;border:1px solid #ccc}figure{margin:0 0 2.5rem}';

/**
 * The demo tour's index.html: every picture with its caption, escaped (the evidence pack's
 * `html` template), under a policy that allows no script at all.
 */
export function tourIndex(pictures: Array<{ file: string; caption: string }>): string {
  const figures = pictures.map(
    ({ file, caption }, i) => html`<figure><img src="${file}" alt="${caption}"><figcaption>${i + 1}. ${caption}</figcaption></figure>\n`,
  );
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' file:; style-src 'unsafe-inline'">
<title>Seller Guard: a tour of the demo</title>
<style>${STYLE}</style>
</head>
<body>
<h1>Seller Guard: a tour of the demo</h1>
<p>Rendered by <code>npm run demo</code> from the fake Seller Central of the tests.</p>
${figures}</body>
</html>
`.value;
}
