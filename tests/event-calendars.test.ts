/**
 * `npm run build` writes each event's calendar in one pass after the build
 * (src/integrations/event-calendars.ts) instead of one Astro route per event:
 * same files at the same addresses, same bytes as the route writes (a plain
 * `astro build`), under a sub-path too. DTSTAMP, the time of each build, is
 * the one line that may differ.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeSite, PROJECT, type Site } from './helpers/site.ts';

let site: Site;
const outputs = { route: 'dist-route', onePass: 'dist' };
let npmOutput = '';

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST|GITHUB_.*|EDIT_URL)$/.test(key)));
  return { ...clean, ...extra, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
}

const calendars = (outDir: string) =>
  Object.fromEntries(
    readdirSync(join(site.root, outDir, 'eventos'))
      .filter((name) => name.endsWith('.ics'))
      .map((name) => [name, readFileSync(join(site.root, outDir, 'eventos', name), 'utf8').replace(/DTSTAMP:\d{8}T\d{6}Z/g, 'DTSTAMP:')]),
  );

beforeAll(() => {
  site = makeSite({ withContent: true });
  const base = { BASE_PATH: '/bitacora/' };
  const route = site.build({ outDir: outputs.route, base: base.BASE_PATH });
  expect(route.status, route.output).toBe(0);
  const npm = spawnSync(join(PROJECT, 'node_modules/.bin/node'), ['scripts/build.ts'], { cwd: site.root, encoding: 'utf8', env: env(base) });
  npmOutput = `${npm.stdout}\n${npm.stderr}`;
  expect(npm.status, npmOutput).toBe(0);
}, 300_000);
afterAll(() => site?.remove());

describe("each event's calendar, written in one pass", () => {
  it('is not rendered as a route by npm run build', () => {
    expect(npmOutput).not.toMatch(/├─ \/eventos\/(?!calendario)[^/]+\.ics/);
    expect(npmOutput).toMatch(/\d+ calendarios de un evento en \d+ ms/);
  });

  it('has the same files, byte for byte, as the route writes', () => {
    const byRoute = calendars(outputs.route);
    const onePass = calendars(outputs.onePass);
    expect(Object.keys(byRoute).length).toBeGreaterThan(2);
    expect(onePass).toEqual(byRoute);
  });

  it('names each calendar after its event and holds that event alone', () => {
    const text = readFileSync(join(site.root, outputs.onePass, 'eventos/foro-politico-alto-nivel-2019.ics'), 'utf8').replace(/\r\n /g, '');
    expect(text.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(text).toContain('UID:https://bitacora.example.org/bitacora/eventos/foro-politico-alto-nivel-2019/');
    expect(text).toMatch(/X-WR-CALNAME:(.+)\r\n[\s\S]*SUMMARY:\1\r\n/);
  });
});
