import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { compileMandate, judge, type CompiledMandate } from '../shared/scope-guard';

/**
 * Batch scope guard: `npm run -s scope-guard -- --batch FILE` (or `-` for stdin). Reads JSON lines
 * {"id", "scope": [..], "exclusions": [..], "request"} and prints exactly one JSON line per
 * non-empty input line, a verdict or an error, so that a bad line never hides the others. A
 * verdict line is the guard's verdict as data, with its id: {"id", "verdict", "matchedScope",
 * "why"?, "sensitiveKind"?, "exclusion"?, "evidence": {"matched", "uncovered", "flagged"}}.
 */

const RequestLine = z.object({
  id: z.union([z.string(), z.number()]),
  scope: z.array(z.string()),
  exclusions: z.array(z.string()),
  request: z.string(),
});

const USAGE = 'usage: scope-guard --batch FILE   (FILE may be - for standard input)';

function readInput(path: string): string {
  return readFileSync(path === '-' ? 0 : path, 'utf8');
}

function idOf(value: unknown): string | number | null {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' || typeof id === 'number') return id;
  }
  return null;
}

function runBatch(input: string, write: (line: string) => void): void {
  // Consecutive lines usually share a mandate: compile it once.
  const cache = new Map<string, CompiledMandate>();
  input.split(/\r?\n/).forEach((raw, index) => {
    const lineNumber = index + 1;
    if (raw.trim().length === 0) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch (error) {
      write(JSON.stringify({ id: null, line: lineNumber, error: `invalid JSON: ${(error as Error).message}` }));
      return;
    }
    const result = RequestLine.safeParse(parsed);
    if (!result.success) {
      const detail = result.error.issues.map((issue) => `${issue.path.join('.') || '(line)'}: ${issue.message}`).join('; ');
      write(JSON.stringify({ id: idOf(parsed), line: lineNumber, error: `invalid request: ${detail}` }));
      return;
    }
    try {
      const { id, scope, exclusions, request } = result.data;
      const cacheKey = JSON.stringify([scope, exclusions]);
      let mandate = cache.get(cacheKey);
      if (!mandate) {
        if (cache.size > 100) cache.clear();
        mandate = compileMandate(scope, exclusions);
        cache.set(cacheKey, mandate);
      }
      const verdict = judge(mandate, request);
      write(JSON.stringify({ id, ...verdict }));
    } catch (error) {
      write(JSON.stringify({ id: result.data.id, line: lineNumber, error: `internal error: ${(error as Error).message}` }));
    }
  });
}

function main(argv: string[]): number {
  const at = argv.indexOf('--batch');
  const path = at >= 0 ? argv[at + 1] : undefined;
  if (!path) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  let input: string;
  try {
    input = readInput(path);
  } catch (error) {
    process.stderr.write(`scope-guard: cannot read ${path === '-' ? 'standard input' : path}: ${(error as Error).message}\n`);
    return 2;
  }
  const out: string[] = [];
  runBatch(input, (line) => out.push(line));
  if (out.length > 0) process.stdout.write(`${out.join('\n')}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
