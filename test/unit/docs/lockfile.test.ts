import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// `npm ci` (what CI runs) refuses a lock file that is out of step with package.json or that
// lacks an entry any locked package asks for — optional platform packages included, even those
// for other operating systems. `npm install` quietly repairs such a lock, so without this check
// the failure shows only in CI.

interface LockedPackage {
  version?: string;
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as LockedPackage;
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as {
  lockfileVersion: number;
  packages: Record<string, LockedPackage>;
};

/** Where Node (and npm) would find `name` from the package installed at `from`. */
function resolves(from: string, name: string): boolean {
  let dir = from;
  for (;;) {
    const candidate = dir === '' ? `node_modules/${name}` : `${dir}/node_modules/${name}`;
    if (lock.packages[candidate]) return true;
    if (dir === '') return false;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut < 0 ? '' : dir.slice(0, cut);
  }
}

describe('package-lock.json', () => {
  it('is a v3 lock whose root matches package.json', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    const root = lock.packages[''];
    expect(root?.dependencies).toEqual(manifest.dependencies);
    expect(root?.devDependencies).toEqual(manifest.devDependencies);
  });

  it('locks every dependency and optional dependency that a locked package declares', () => {
    const missing: string[] = [];
    for (const [path, pkg] of Object.entries(lock.packages)) {
      const wanted = path === ''
        ? { ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies }
        : { ...pkg.dependencies, ...pkg.optionalDependencies };
      for (const name of Object.keys(wanted)) {
        if (!resolves(path, name)) missing.push(`${path || '(root)'} → ${name}`);
      }
    }
    expect(missing, 'run `npm install --package-lock-only` and commit the lock').toEqual([]);
  });
});
