/**
 * The architecture as a test: the engine is pure (no DOM, browser, Node or WXT imports), the
 * components only render, and nothing imports the entrypoints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const filesIn = (dir: string): string[] =>
  readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? filesIn(path.join(dir, e.name))
      : /\.tsx?$/.test(e.name)
        ? [path.join(dir, e.name)]
        : [],
  );
const importsOf = (file: string) =>
  [
    ...readFileSync(path.join(root, file), 'utf8').matchAll(
      /^\s*(?:import|export)[^'"]*from\s+['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => m[1] as string);

describe('layers', () => {
  it.each(filesIn('engine'))('engine file %s imports only the engine and fuse.js', (file) => {
    for (const spec of importsOf(file)) expect(spec).toMatch(/^(\.\/[\w-]+|fuse\.js(\/basic)?)$/);
  });

  it('the engine never touches the DOM, the extension API or Node', () => {
    for (const file of filesIn('engine')) {
      const code = readFileSync(path.join(root, file), 'utf8').replace(
        /\/\*[\s\S]*?\*\/|\/\/.*$/gm,
        '',
      );
      expect(code, file).not.toMatch(
        /(?<![.\w])(document|window|browser|chrome|process|require)\s*[.(]/,
      );
    }
  });

  it.each(filesIn('components'))(
    'component %s imports only preact, its siblings and engine types',
    (file) => {
      for (const spec of importsOf(file))
        expect(spec).toMatch(/^(preact(\/hooks)?|\.\/[\w.-]+|\.\.\/engine\/types)$/);
    },
  );

  it.each(filesIn('page'))('page file %s does not reach into entrypoints or components', (file) => {
    for (const spec of importsOf(file)) expect(spec).not.toMatch(/entrypoints|components/);
  });

  it('nothing imports an entrypoint', () => {
    for (const dir of ['engine', 'page', 'components', 'cli', 'data'])
      for (const file of filesIn(dir))
        for (const spec of importsOf(file)) expect(spec, file).not.toMatch(/entrypoints/);
  });
});
