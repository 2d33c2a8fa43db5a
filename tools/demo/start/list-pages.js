// Lists the fixture pages with what to try on each; plain DOM and textContent only.
const list = document.getElementById('pages');
const pages = await (await fetch('/__demo__/pages.json')).json();
for (const page of pages) {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = page.url;
  link.textContent = page.name;
  const url = document.createElement('code');
  url.textContent = ` ${new URL(page.url).host}${new URL(page.url).pathname}`;
  const tryThis = document.createElement('span');
  tryThis.className = 'try';
  tryThis.textContent = page.tryThis;
  item.append(link, url, tryThis);
  list.append(item);
}
