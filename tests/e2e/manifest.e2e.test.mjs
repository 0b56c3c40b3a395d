// Pins the security-relevant parts of the built manifests (chrome-mv3 and firefox-mv3): what the
// extension may read, where it runs, what pages can fetch from it, and who may message it. Any
// difference fails, naming the field and what was added or removed; a widening must be a decision.
//
// To change them on purpose: make the change in wxt.config.ts (and the permission table in the
// README), run `npm run build`, then
//   CLAIMLIGHT_UPDATE_MANIFEST_SNAPSHOT=1 node --test tests/e2e/manifest.e2e.test.mjs
//   npx biome check --write tests/fixtures/manifest-security.json
// and review the diff of tests/fixtures/manifest-security.json in the same commit.
// Fields that do not widen access (name, commands, icons, options page, all_frames, run_at) are
// deliberately left out so other work on the manifest does not trip this test.
//
// The store packages (`npm run zip`, which `npm test` runs after the build) are checked against
// the same snapshot: the same in every field, but for the local hosts our tests and demo serve
// pages from, which they must not carry (STORE_MODE in entrypoints/content/news-sites.ts).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import JSZip from 'jszip';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const snapshotFile = path.join(root, 'tests/fixtures/manifest-security.json');
const TARGETS = ['chrome-mv3', 'firefox-mv3'];

const sorted = (list) => [...new Set(list ?? [])].sort();

/** The security-relevant view of a manifest: sorted, deduplicated, absent fields as null. */
function securityView(m) {
  const war = (m.web_accessible_resources ?? []).map((entry) =>
    typeof entry === 'string'
      ? { resources: [entry] }
      : {
          resources: sorted(entry.resources),
          ...(entry.matches && { matches: sorted(entry.matches) }),
          ...(entry.extension_ids && { extension_ids: sorted(entry.extension_ids) }),
          ...(entry.use_dynamic_url !== undefined && { use_dynamic_url: entry.use_dynamic_url }),
        },
  );
  const warKeys = [...new Set(war.map((e) => JSON.stringify(e)))].sort();
  return {
    manifest_version: m.manifest_version,
    permissions: sorted(m.permissions),
    optional_permissions: sorted(m.optional_permissions),
    host_permissions: sorted(m.host_permissions),
    optional_host_permissions: sorted(m.optional_host_permissions),
    content_script_matches: sorted((m.content_scripts ?? []).flatMap((c) => c.matches)),
    content_script_match_about_blank: (m.content_scripts ?? []).some(
      (c) => c.match_about_blank || c.match_origin_as_fallback,
    ),
    web_accessible_resources: warKeys.map((k) => JSON.parse(k)),
    content_security_policy: m.content_security_policy ?? null,
    externally_connectable: m.externally_connectable ?? null,
    sandbox: m.sandbox ?? null,
  };
}

const read = (target) => {
  const file = path.join(root, '.output', target, 'manifest.json');
  assert.ok(fs.existsSync(file), `${file} is missing; run npm run build first`);
  return securityView(JSON.parse(fs.readFileSync(file, 'utf8')));
};

if (process.env.CLAIMLIGHT_UPDATE_MANIFEST_SNAPSHOT) {
  const snapshot = Object.fromEntries(TARGETS.map((t) => [t, read(t)]));
  fs.writeFileSync(snapshotFile, `${JSON.stringify(snapshot, null, 2)}\n`);
}
const snapshot = JSON.parse(fs.readFileSync(snapshotFile, 'utf8'));

/** What changed in one field, in words: the entries added and removed. */
function difference(target, field, want, got) {
  const words = (v) => (Array.isArray(v) ? v.map((x) => JSON.stringify(x)) : [JSON.stringify(v)]);
  const before = new Set(words(want));
  const after = new Set(words(got));
  const added = [...after].filter((x) => !before.has(x));
  const removed = [...before].filter((x) => !after.has(x));
  return [
    `${target} manifest: "${field}" differs from tests/fixtures/manifest-security.json.`,
    added.length ? `  added (widens access): ${added.join(', ')}` : '',
    removed.length ? `  removed: ${removed.join(', ')}` : '',
    '  If this is deliberate, update the snapshot as described at the top of tests/e2e/manifest.e2e.test.mjs.',
  ]
    .filter(Boolean)
    .join('\n');
}

for (const target of TARGETS)
  test(`${target}: permissions, hosts, matches, web-accessible resources and CSP are as pinned`, () => {
    const got = read(target);
    const want = snapshot[target];
    assert.ok(want, `no snapshot for ${target}`);
    for (const field of new Set([...Object.keys(want), ...Object.keys(got)]))
      assert.deepEqual(got[field], want[field], difference(target, field, want[field], got[field]));
  });

test('the snapshot itself asks for no broad access up front', () => {
  for (const target of TARGETS) {
    const s = snapshot[target];
    const upFront = [...s.permissions, ...s.host_permissions, ...s.content_script_matches];
    for (const broad of [
      '<all_urls>',
      '*://*/*',
      'http://*/*',
      'https://*/*',
      'tabs',
      'webRequest',
    ])
      assert.ok(!upFront.includes(broad), `${target} asks for ${broad} at install time`);
    assert.equal(
      s.externally_connectable,
      null,
      `${target}: no web page may message the extension`,
    );
  }
});

const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
const LOCAL_HOSTS = ['http://localhost/*', 'http://127.0.0.1/*'];
for (const [target, browser] of [
  ['chrome-mv3', 'chrome'],
  ['firefox-mv3', 'firefox'],
]) {
  const zipFile = path.join(root, '.output', `claimlight-${version}-${browser}.zip`);
  test(`the ${browser} store zip runs on the news sites only: no local host, nothing else changed`, {
    skip: fs.existsSync(zipFile) ? false : `${zipFile} is missing (npm run zip)`,
  }, async () => {
    const zip = await JSZip.loadAsync(fs.readFileSync(zipFile));
    const got = securityView(JSON.parse(await zip.file('manifest.json').async('string')));
    const want = snapshot[target];
    const hosts = [...got.host_permissions, ...got.content_script_matches];
    for (const local of LOCAL_HOSTS) {
      assert.ok(want.content_script_matches.includes(local), `the ${target} build has ${local}`);
      assert.ok(!hosts.includes(local), `${zipFile} runs on ${local}`);
    }
    const storeWant = {
      ...want,
      content_script_matches: want.content_script_matches.filter((m) => !LOCAL_HOSTS.includes(m)),
    };
    for (const field of new Set([...Object.keys(storeWant), ...Object.keys(got)]))
      assert.deepEqual(
        got[field],
        storeWant[field],
        `${difference(`${browser} store zip`, field, storeWant[field], got[field])}\n  (or the zip is older than the build: npm run zip)`,
      );
  });
}
