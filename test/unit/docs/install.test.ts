import { readFileSync } from 'node:fs';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

// A fresh `npm install` must print no warnings: every locked package must run on the oldest
// Node the project claims (else EBADENGINE), and every install script must be reviewed in
// `allowScripts` (npm 11 warns about the others; npm 12 skips them).

interface LockedPackage {
  version?: string;
  engines?: { node?: string } | string[];
  hasInstallScript?: boolean;
}

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  engines: { node: string };
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockedPackage> };
const nameOf = (lockPath: string): string => lockPath.slice(lockPath.lastIndexOf('node_modules/') + 'node_modules/'.length);
const oldestNode = semver.minVersion(manifest.engines.node)?.version ?? 'none';

describe('a fresh install', () => {
  it('claims a Node version every locked package supports', () => {
    expect(oldestNode).not.toBe('none');
    const unsupported: string[] = [];
    for (const [lockPath, pkg] of Object.entries(lock.packages)) {
      const range = !pkg.engines || Array.isArray(pkg.engines) ? undefined : pkg.engines.node;
      if (lockPath === '' || range === undefined) continue;
      if (!semver.satisfies(oldestNode, range)) unsupported.push(`${nameOf(lockPath)}@${pkg.version} wants node ${range}`);
    }
    expect(unsupported, `package.json claims node ${manifest.engines.node}`).toEqual([]);
  });

  it('states the same Node requirement in package.json, the README and .ci/run', () => {
    const minor = semver.minVersion(manifest.engines.node)!;
    const short = `${minor.major}.${minor.minor}`;
    expect(readFileSync('README.md', 'utf8')).toContain(`Node.js ≥ ${short}`);
    expect(readFileSync('.ci/run', 'utf8')).toContain(`Node.js ${short}`);
  });

  it('reviews every install script in allowScripts', () => {
    const allowed = manifest.allowScripts ?? {};
    const covered = (name: string, version: string | undefined): boolean =>
      Object.keys(allowed).some((key) => key === name || key === `${name}@${version}`);
    const unreviewed = Object.entries(lock.packages)
      .filter(([lockPath, pkg]) => lockPath !== '' && pkg.hasInstallScript === true)
      .map(([lockPath, pkg]) => ({ name: nameOf(lockPath), version: pkg.version }))
      .filter(({ name, version }) => !covered(name, version))
      .map(({ name, version }) => `${name}@${version}`);
    expect(unreviewed, 'review them with `npm install-scripts ls` and record a decision in allowScripts').toEqual([]);
  });
});
