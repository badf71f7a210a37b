import { describe, expect, it } from 'vitest';
import { chainHash, firstBrokenLink, GENESIS_HASH, type ChainedRow } from '../../../../electron/services/db/chain-links';
import { gapMap, gapsOf } from '../../../../electron/services/db/tombstone';

/** A chain in memory with the same hashing as the stores: enough to exercise the walker. */
interface Row extends ChainedRow {
  kind: string;
  payload: string;
}
const fieldsOf = (r: Row) => [r.id, r.kind, r.payload];

function append(chain: Row[], id: string, kind = 'event', payload = '{}'): Row[] {
  const prev = chain.at(-1)?.hash ?? GENESIS_HASH;
  const row: Row = { id, kind, payload, prev_hash: prev, hash: '' };
  row.hash = chainHash(prev, fieldsOf(row));
  return [...chain, row];
}

function build(ids: string[]): Row[] {
  return ids.reduce<Row[]>((chain, id) => append(chain, id), []);
}

/** What an erasure does: drop the rows and chain a tombstone declaring their gaps. */
function erase(chain: Row[], ids: string[], tombId: string): Row[] {
  const removed = chain.filter((r) => ids.includes(r.id));
  const kept = chain.filter((r) => !ids.includes(r.id));
  return append(kept, tombId, 'tombstone', JSON.stringify({ reason: 'erasure', removed: removed.length, gaps: gapsOf(removed) }));
}

const verify = (chain: Row[]) => firstBrokenLink(chain, fieldsOf, { gaps: gapMap(chain.filter((r) => r.kind === 'tombstone').map((r) => r.payload)) });
const byId = (chain: Row[], id: string) => chain.find((r) => r.id === id)!;

describe('gapsOf', () => {
  it('folds consecutive removed rows into one run and keeps separate runs apart', () => {
    const chain = build(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const removed = chain.filter((r) => ['b', 'c', 'f'].includes(r.id));
    expect(gapsOf(removed)).toEqual([
      [byId(chain, 'a').hash, byId(chain, 'c').hash],
      [byId(chain, 'e').hash, byId(chain, 'f').hash],
    ]);
    expect(gapsOf([])).toEqual([]);
  });

  it('a run at the very start begins at the genesis hash', () => {
    const chain = build(['a', 'b', 'c']);
    expect(gapsOf(chain.slice(0, 2))).toEqual([[GENESIS_HASH, byId(chain, 'b').hash]]);
  });
});

describe('gapMap', () => {
  it('reads every gap of every tombstone, and ignores a malformed one', () => {
    const ok = JSON.stringify({ reason: 'retention', removed: 2, gaps: [['1'.repeat(64), '2'.repeat(64)]] });
    const wrongShape = JSON.stringify({ reason: 'because', removed: 1, gaps: [['3'.repeat(64), '4'.repeat(64)]] });
    const map = gapMap([ok, '{not json', wrongShape]);
    expect([...map]).toEqual([['1'.repeat(64), '2'.repeat(64)]]);
  });
});

describe('firstBrokenLink with tombstones', () => {
  it('an untouched chain verifies; removing rows with a tombstone still verifies', () => {
    const chain = build(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(verify(chain)).toBeNull();
    expect(verify(erase(chain, ['b', 'c', 'e'], 't1'))).toBeNull();
    // At the start and at the tail too: the tombstone then links straight onto the last kept row.
    expect(verify(erase(chain, ['a', 'b'], 't1'))).toBeNull();
    expect(verify(erase(chain, ['e', 'f'], 't1'))).toBeNull();
  });

  it('a deletion without a tombstone breaks the chain at the row after it', () => {
    const chain = build(['a', 'b', 'c', 'd']);
    const tampered = chain.filter((r) => r.id !== 'b');
    expect(verify(tampered)).toMatchObject({ index: 1, row: { id: 'c' } });
  });

  it('after an erasure, another deletion without a tombstone still shows', () => {
    const erased = erase(build(['a', 'b', 'c', 'd', 'e', 'f']), ['b'], 't1');
    const tampered = erased.filter((r) => r.id !== 'd');
    expect(verify(tampered)).toMatchObject({ row: { id: 'e' } });
  });

  it('a tombstone cannot cover for a row edited elsewhere in the chain', () => {
    const erased = erase(build(['a', 'b', 'c', 'd']), ['b'], 't1');
    const edited = erased.map((r) => (r.id === 'd' ? { ...r, payload: '{"text":"autre"}' } : r));
    expect(verify(edited)).toMatchObject({ row: { id: 'd' } });
  });

  it('two successive erasures, the second removing the row right after the first gap', () => {
    const chain = build(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    const first = erase(chain, ['b', 'c'], 't1');
    expect(verify(first)).toBeNull();
    // 'd' still points at the removed 'c'; removing it declares [c, d], chained after [a, c].
    const second = erase(first, ['d'], 't2');
    expect(gapsOf(first.filter((r) => r.id === 'd'))).toEqual([[byId(chain, 'c').hash, byId(chain, 'd').hash]]);
    expect(verify(second)).toBeNull();
    // A third that removes the row before the first gap and the row after the second.
    const third = erase(second, ['a', 'e'], 't3');
    expect(verify(third)).toBeNull();
    // Without the second tombstone the first no longer reaches 'e': the break shows at 'e'.
    const withoutSecond = second.filter((r) => r.id !== 't2');
    expect(verify(withoutSecond)).toMatchObject({ row: { id: 'e' } });
  });

  it('gaps do not let a row be inserted: a foreign row in a gap breaks the chain', () => {
    const erased = erase(build(['a', 'b', 'c', 'd']), ['b'], 't1');
    const a = byId(erased, 'a');
    const forged: Row = { id: 'x', kind: 'event', payload: '{}', prev_hash: a.hash, hash: '' };
    forged.hash = chainHash(a.hash, fieldsOf(forged));
    const withForged = [erased[0]!, forged, ...erased.slice(1)];
    expect(verify(withForged)).toMatchObject({ row: { id: 'c' } });
  });
});
