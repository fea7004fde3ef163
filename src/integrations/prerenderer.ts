/**
 * Astro 7 renders every static page through one "prerenderer", which an
 * integration may wrap in `astro:build:start` with `setPrerenderer`. Astro
 * keeps only the last one set, so a second integration setting its own would
 * silently undo the first. Two of ours wrap it: search-index.ts orders the
 * pages and reads each as it is rendered, incremental-pages.ts keys document
 * pages. Each adds a layer here instead, and every call sets all the layers
 * added so far, the first added outermost (it sees Astro's calls first).
 *
 * The layers live on `globalThis`, like the early content check's result
 * (checks/early.ts): astro.config.mjs's integrations and those of
 * scripts/build.ts may not share one copy of this module. Node-only.
 */

/** A path Astro will build, as its prerenderer lists it. */
export interface StaticPath {
  pathname: string;
  route: { type: string; route: string; component: string };
  cacheKey?: string;
  /**
   * Set by incremental-pages.ts when the page's key is the one it had in
   * the last build: the file Astro will most likely copy instead of
   * rendering the page (likely, not certain: Astro has checks of its own).
   */
  lastBuilt?: string;
}

/** What a page render gives back: Astro writes `response`'s body as the page. */
export interface Rendered {
  response: Response;
  [key: string]: unknown;
}

export interface Prerenderer {
  name: string;
  setup?(): Promise<void>;
  teardown?(): Promise<void>;
  getStaticPaths(): Promise<StaticPath[]>;
  render(request: Request, options: { routeData?: { type?: string } } & Record<string, unknown>): Promise<Rendered>;
  [key: string]: unknown;
}

/** Wraps `inner`; `astro` is Astro's own prerenderer, the one that holds the app and its props. */
export type Layer = (inner: Prerenderer, astro: Prerenderer) => Prerenderer;

const SLOT = Symbol.for('bitacora.prerendererLayers');

export function addLayer(setPrerenderer: (prerenderer: never) => void, name: string, layer: Layer): void {
  const store = globalThis as Record<symbol, Map<string, Layer> | undefined>;
  const layers = (store[SLOT] ??= new Map<string, Layer>());
  layers.set(name, layer);
  const all = [...layers.values()];
  const compose = (astro: Prerenderer): Prerenderer => all.reduceRight((inner, wrap) => wrap(inner, astro), astro);
  setPrerenderer(compose as never);
}

/** A layer that changes only what it names, passing everything else through to `inner`. */
export function wrap(inner: Prerenderer, name: string, own: Partial<Pick<Prerenderer, 'getStaticPaths' | 'render'>>): Prerenderer {
  return {
    ...inner,
    name,
    setup: () => inner.setup?.() ?? Promise.resolve(),
    teardown: () => inner.teardown?.() ?? Promise.resolve(),
    getStaticPaths: () => inner.getStaticPaths(),
    render: (request, options) => inner.render(request, options),
    ...own,
  };
}

/**
 * The props `getStaticPaths` gave each path, from Astro's route cache (set
 * once Astro has listed the paths). Internal to Astro: throws when it is not
 * where it was, and callers then do without.
 */
export function propsReader(astro: Prerenderer): (path: StaticPath) => unknown {
  type RouteCache = { get(route: unknown): { staticPaths?: { keyed?: Map<string, { props?: unknown }> } } | undefined };
  const routeCache = (astro['app'] as { routeCache?: RouteCache } | undefined)?.routeCache;
  if (!routeCache) throw new Error('no se encontraron las props de las páginas (¿cambió Astro?)');
  return (path) => {
    const cached = routeCache.get(path.route);
    if (!cached?.staticPaths?.keyed) return undefined; // a page without getStaticPaths has no props
    const item = cached.staticPaths.keyed.get(path.pathname);
    if (!item) throw new Error(`no se encontraron las props de ${path.pathname}`);
    return item.props;
  };
}

/** A path as Astro lists it (`/reuniones/x`, `reuniones/x/`), in one form: `/reuniones/x`. */
export const listedPath = (pathname: string): string => `/${pathname.replace(/^\/+|\/+$/g, '')}`;

/** The path a render request asks for (`https://…/base/reuniones/x/`), in the form of {@link listedPath}. */
export function requestedPath(url: string, base: string): string {
  const path = listedPath(decodeURI(new URL(url).pathname));
  const prefix = listedPath(base);
  return prefix !== '/' && path.startsWith(`${prefix}/`) ? listedPath(path.slice(prefix.length)) : path === prefix ? '/' : path;
}
