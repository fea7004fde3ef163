/**
 * `npm run build` publishes whole or not at all: a build that fails for any
 * reason (content, a render error after Astro emptied its output folder, an
 * [ERROR] in Astro's log, a broken link in the output, a hook that never
 * finishes) leaves the previous dist/ byte for byte as it was.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlFiles } from '../src/checks/built-links.ts';
import { makeSite, PROJECT, type Site } from './helpers/site.ts';

let site: Site;
let config = '';

/** Runs a command of the project in the fixture site with the environment a person's shell would give it. */
function run(args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/.test(key)));
  const result = spawnSync(join(PROJECT, 'node_modules/.bin/node'), args, {
    cwd: site.root,
    encoding: 'utf8',
    env: { ...clean, ...env, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' },
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

const npmBuild = () => run(['scripts/build.ts']);
const astroBuild = (outDir: string) => run([join(PROJECT, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir]);

/** Every file of a folder with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[path.slice(dir.length)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return files;
}

/** Adds an integration to the fixture site's config, before the others. */
function withIntegration(source: string): void {
  writeFileSync(join(site.root, 'astro.config.mjs'), config.replace('integrations: [', `integrations: [${source}, `));
}

let good: Record<string, string>;

/** Replaced sites not deleted yet. */
const leftovers = () => readdirSync(site.root).filter((name) => name.startsWith('.dist-previous'));

beforeAll(() => {
  site = makeSite({ withContent: true });
  config = readFileSync(join(site.root, 'astro.config.mjs'), 'utf8');
  const result = npmBuild();
  expect(result.status, result.output).toBe(0);
  good = snapshot(join(site.root, 'dist'));
});
afterAll(() => site?.remove());

describe('a good build', () => {
  it('publishes the site with its search index and leaves no staging folder behind', () => {
    expect(Object.keys(good)).toEqual(expect.arrayContaining(['/index.html', '/grupos/migraciones/index.html', '/pagefind/pagefind.js']));
    expect(existsSync(join(site.root, '.dist-staging'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('replaced by a second build, leaves the old site to a process that deletes it after the build', async () => {
    const result = npmBuild();
    expect(result.status, result.output).toBe(0);
    const again = snapshot(join(site.root, 'dist'));
    expect(Object.keys(again).sort()).toEqual(Object.keys(good).sort());
    // Calendars carry the time of the build (DTSTAMP); the later tests compare against this site.
    good = again;
    for (let waited = 0; leftovers().length > 0 && waited < 20_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
    expect(leftovers()).toEqual([]);
  });
});

describe('a failed build leaves the previous dist/ byte for byte', () => {
  it('when a page fails to render, after Astro has emptied its output folder', () => {
    site.write('src/components/Falla.astro', "---\nthrow new Error('Fallo de prueba al mostrar la página');\n---\n");
    site.write('content/positions/falla.mdx', "---\ntitle: Falla\ndate: 2020\nstatus: draft\nsummary: Prueba.\n---\nimport Falla from '../../src/components/Falla.astro'\n\n<Falla />\n");
    try {
      const result = npmBuild();
      expect(result.status).toBe(1);
      expect(result.output).toContain('Fallo de prueba al mostrar la página');
      expect(result.output).toContain('La compilación falló');
      expect(result.output).toContain('dist/ no se ha tocado.');
      expect(snapshot(join(site.root, 'dist'))).toEqual(good);

      // What the staging folder saves it from: `astro build` alone empties its
      // folder first and leaves half a site, with no search index.
      cpSync(join(site.root, 'dist'), join(site.root, 'dist-direct'), { recursive: true });
      expect(astroBuild('dist-direct').status).toBe(1);
      expect(existsSync(join(site.root, 'dist-direct/pagefind/pagefind.js'))).toBe(false);
      expect(snapshot(join(site.root, 'dist-direct'))).not.toEqual(good);
    } finally {
      rmSync(join(site.root, 'src/components/Falla.astro'));
      rmSync(join(site.root, 'content/positions/falla.mdx'));
    }
  });

  it('when the content check finds hostile Markdown, naming file, line and fix', () => {
    const path = 'content/positions/prohibir-castigo-fisico-y-humillante.md';
    const text = readFileSync(join(site.root, path), 'utf8');
    site.write(path, `${text}\n<img src="x" onerror="alert(document.cookie)">\n`);
    try {
      const result = npmBuild();
      expect(result.status).toBe(1);
      expect(result.output).toMatch(/content\/positions\/prohibir-castigo-fisico-y-humillante\.md:\d+:1 {2}\(texto\) {2}HTML no permitido: <img>/);
      expect(snapshot(join(site.root, 'dist'))).toEqual(good);
    } finally {
      site.write(path, text);
    }
  });

  it('when Astro reads the same mistakes the content check reports, the editor reads the check alone', () => {
    // `npm run build` lets Astro read the content while the check still runs in its worker. Astro logs
    // a reference it cannot resolve as an [ERROR] and goes on, and stops at a value its schema refuses;
    // neither may reach the editor in Astro's words, nor in place of the check's file, line and field.
    const mistakes = [
      { path: 'content/groups/violencia.md', from: '  - icmec', to: '  - icmek', report: /content\/groups\/violencia\.md:\d+:\d+ {2}members\.\d+ {2}No existe la organización «icmek»/ },
      { path: 'content/events/congreso-panamericano-2019.md', from: 'kind: congress', to: 'kind: congreso', report: /content\/events\/congreso-panamericano-2019\.md:\d+:1 {2}kind {2}Valor no permitido «congreso»/ },
    ];
    for (const { path, from, to, report } of mistakes) {
      const text = readFileSync(join(site.root, path), 'utf8');
      site.write(path, text.replace(from, to));
      try {
        // As on GitHub Actions: each problem also once as an annotation on its line.
        const result = run(['scripts/build.ts'], { CI: 'true' });
        expect(result.status).toBe(1);
        expect(result.output).toMatch(report);
        expect(result.output.split(`::error file=${path},`).length - 1).toBe(1);
        expect(result.output).toContain('1 problema en 1 archivo.');
        expect(result.output).not.toContain('Invalid content reference');
        expect(result.output).not.toContain('does not match collection schema');
        expect(snapshot(join(site.root, 'dist'))).toEqual(good);
      } finally {
        site.write(path, text);
      }
    }
  });

  it('when Astro logs an [ERROR] and carries on, and `astro build` alone exits 1 too', () => {
    withIntegration("{ name: 'registra-error', hooks: { 'astro:build:done': ({ logger }) => logger.error('Error de prueba registrado') } }");
    try {
      const result = npmBuild();
      expect(result.status).toBe(1);
      expect(result.output).toContain('Error de prueba registrado');
      expect(result.output).toContain('La compilación falló: Astro registró un error ([ERROR] arriba)');
      expect(snapshot(join(site.root, 'dist'))).toEqual(good);
      const direct = astroBuild('dist-direct');
      expect(direct.status).toBe(1);
      expect(direct.output).toContain('Astro registró un error ([ERROR] arriba): la compilación se da por fallida.');
    } finally {
      writeFileSync(join(site.root, 'astro.config.mjs'), config);
    }
  });

  it('when the built site has an internal link that leads nowhere', () => {
    site.write('src/pages/roto.astro', '<html lang="es"><head><title>Roto</title></head><body><a href="/no-existe/">x</a></body></html>\n');
    try {
      const result = npmBuild();
      expect(result.status).toBe(1);
      expect(result.output).toContain('1 enlaces internos no llevan a ninguna página:\n  roto/index.html  →  /no-existe/');
      expect(snapshot(join(site.root, 'dist'))).toEqual(good);
    } finally {
      rmSync(join(site.root, 'src/pages/roto.astro'));
    }
  });

  it('when a build hook never finishes (as when the search indexer dies)', () => {
    withIntegration("{ name: 'no-termina', hooks: { 'astro:build:done': () => new Promise(() => {}) } }");
    try {
      const result = npmBuild();
      expect(result.status).toBe(1);
      expect(result.output).toContain('La compilación falló: una integración dejó de responder antes de terminar');
      expect(snapshot(join(site.root, 'dist'))).toEqual(good);
    } finally {
      writeFileSync(join(site.root, 'astro.config.mjs'), config);
    }
  });
});

describe('after the failures', () => {
  it('the next good build publishes again and replaces dist/ whole', () => {
    site.write('content/positions/nueva.md', '---\ntitle: Nueva\ndate: 2021\nstatus: draft\nsummary: Prueba.\n---\n');
    const result = npmBuild();
    expect(result.status, result.output).toBe(0);
    expect(site.page('/posicionamientos/nueva/')).toContain('Nueva');
    expect(htmlFiles(join(site.root, 'dist')).length).toBe(Object.keys(good).filter((f) => f.endsWith('.html')).length + 1);
  });
});
