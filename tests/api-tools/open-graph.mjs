// Reads pages of a written site as link previews do, with open-graph-scraper, and reports for each page what
// it found: the og:image (address, declared size, type and alt), the size of the PNG that address names in
// the site, and the Twitter card. Usage: node open-graph.mjs <site folder> <base URL> <page.html>...
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import ogs from 'open-graph-scraper';

const [folder, baseUrl, ...pages] = process.argv.slice(2);
const site = baseUrl.replace(/\/$/, '') + '/';

// A PNG's width and height, from its header (IHDR follows the 8-byte signature); null if it is no PNG.
const pngSize = (bytes) =>
  bytes.length >= 24 && bytes.readUInt32BE(0) === 0x89504e47 && bytes.toString('ascii', 12, 16) === 'IHDR'
    ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }
    : null;

for (const page of pages) {
  const html = await readFile(path.join(folder, page), 'utf8');
  const { error, result } = await ogs({ html });
  const image = (result.ogImage ?? [])[0] ?? {};
  const address = image.url ? new URL(image.url, site + page).href : null;
  let png = null;
  if (address && address.startsWith(site)) {
    png = pngSize(await readFile(path.join(folder, decodeURIComponent(address.slice(site.length)))).catch(() => Buffer.alloc(0)));
  }

  console.log(JSON.stringify({
    page, error, image: address, width: image.width ?? null, height: image.height ?? null, type: image.type ?? null,
    alt: image.alt ?? null, png, twitterCard: result.twitterCard ?? null,
  }));
}
