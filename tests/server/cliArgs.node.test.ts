import { describe, expect, it } from 'vitest';
import { parseStartArgs } from '../../src/server/cliArgs.ts';

const options = (argv: string[]) => {
  const parsed = parseStartArgs(argv);
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.options;
};
const error = (argv: string[]) => {
  const parsed = parseStartArgs(argv);
  if (parsed.ok) throw new Error(`accepted ${argv.join(' ')}`);
  return parsed.error;
};

describe('npm start arguments', () => {
  it('defaults to localhost:8080, dist/, no proxy target, no extra host and no sandbox', () => {
    expect(options([])).toEqual({ port: 8080, host: '127.0.0.1', allowTargets: [], allowHosts: [], sandbox: false, distDir: 'dist', help: false });
  });

  it('takes --allow-target more than once, each as its origin', () => {
    const parsed = options(['--allow-target', 'https://API.example.com', '--allow-target=http://127.0.0.1:9000/', '--sandbox', '--port', '0', '--host', '0.0.0.0']);
    expect(parsed).toMatchObject({ allowTargets: ['https://api.example.com', 'http://127.0.0.1:9000'], sandbox: true, port: 0, host: '0.0.0.0' });
    expect(options(['--allow-target', 'https://api.example.com:443']).allowTargets).toEqual(['https://api.example.com']);
  });

  it('refuses a target that is not an http(s) origin, naming it', () => {
    for (const bad of ['api.example.com', 'ftp://api.example.com', 'https://api.example.com/v1', 'https://api.example.com/?x=1', 'https://user:pw@api.example.com', '']) {
      expect(error(['--allow-target', bad]), bad).toBe(`--allow-target takes an origin such as https://api.example.com (no path), got "${bad}".`);
    }
  });

  it('refuses an unknown flag, a flag without its value, a bad port, an empty host and a bad host name', () => {
    expect(error(['--sandbox', '--verbose'])).toMatch(/Unknown option '--verbose'/);
    expect(error(['--allow-target'])).toMatch(/--allow-target/);
    expect(error(['extra'])).toMatch(/positional argument/i);
    expect(error(['--port', '-1'])).toMatch(/--port/);
    for (const port of ['65536', '80a', '', '1.5']) expect(error(['--port', port])).toBe(`--port must be a whole number from 0 to 65535, got "${port}".`);
    expect(error(['--host', ' '])).toBe('--host must not be empty.');
    expect(error(['--allow-host', 'bad host'])).toBe('--allow-host takes a host name such as explorer.example.com, got "bad host".');
    expect(error(['--sandbox=yes'])).toMatch(/--sandbox/);
  });

  it('reads --allow-host names in lower case, and --help', () => {
    expect(options(['--allow-host', 'Explorer.Example.com', '--allow-host', 'explorer']).allowHosts).toEqual(['explorer.example.com', 'explorer']);
    expect(options(['-h']).help).toBe(true);
  });
});
