import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IntegrityFinding, IntegrityLayers } from '../../../shared/records/calls';
import { GENESIS_HASH } from '../db/chain-links';
import { CHAIN_NAMES, type ChainName } from '../db/chains';
import type { WritableDB } from '../db/types';
import { finding } from './findings';

type Heads = Record<ChainName, { rowid: number; hash: string }>;

export interface SealCheck {
  status: Exclude<IntegrityLayers['seal'], 'inactive'>;
  unsealedRows: number;
  findings: IntegrityFinding[];
}

const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest('hex');
const sameHex = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * The keyed seal over the chains' heads (chain_seal, migration 0012, and the only code that
 * writes it): an HMAC-SHA-256 over each chain's last row (rowid and hash), keyed by a key
 * derived from the data key (HKDF, label 'log-mac': app.ts, in Electron and browser mode
 * alike; tests may pass their own as `chainMacKey`). It follows every chain write inside its
 * transaction (`follow`, the stores' write hook). A program that edits the file and
 * recomputes every hash of a chain, without knowing to derive this key and recompute the
 * seal, leaves a chain that no longer matches it at the next start. Whoever holds the data
 * key (the recovery phrase, or the Windows account that unwraps the key file) can recompute
 * the seal too: against them only the witnesses outside the file hold (backups' sidecars,
 * the folder witness, the codes printed for the persons).
 *
 * With no key at all (a test passing none) nothing is sealed, and rows written then are
 * counted as unsealed at the next start with a key, which seals them from there. When a
 * check fails the seal stops following writes for this run, so the evidence is still there
 * at the next start.
 */
export function createChainSeal(db: WritableDB, key: Buffer, log: (error: unknown) => void = () => {}) {
  const keyId = hmac(key, 'binome-chain-seal-key-id').slice(0, 16);
  // Every chain's head in one statement, as the JSON the seal covers (each chain's last row, or genesis).
  const headOf = (t: ChainName) =>
    `'${t}', coalesce((SELECT json_object('rowid', rowid, 'hash', hash) FROM ${t} ORDER BY rowid DESC LIMIT 1) -> '$', json_object('rowid', 0, 'hash', '${GENESIS_HASH}'))`;
  const heads = db.prepare<[], string>(`SELECT json_object(${CHAIN_NAMES.map(headOf).join(', ')})`).pluck();
  const hashAt = byChain((t) => db.prepare<[number], string>(`SELECT hash FROM ${t} WHERE rowid = ?`).pluck());
  const rowsAfter = byChain((t) => db.prepare<[number], number>(`SELECT count(*) FROM ${t} WHERE rowid > ?`).pluck());
  const read = db.prepare<[], { key_id: string | null; heads: string; mac: string | null }>('SELECT key_id, heads, mac FROM chain_seal WHERE id = 1');
  const write = db.prepare('INSERT OR REPLACE INTO chain_seal (id, key_id, heads, mac) VALUES (1, ?, ?, ?)');
  const macOf = (json: string) => hmac(key, `binome-chain-seal-v1\n${json}`);
  let following = true;

  function sealNow(): void {
    const json = heads.get()!;
    write.run(keyId, json, macOf(json));
  }
  const sealInTransaction = db.transaction(sealNow);

  /** The stored seal against the live chains; `removed(chain, hash)`: a recorded run removed that row. */
  function verify(removed: (chain: ChainName, hash: string) => boolean): SealCheck & { sealed: boolean; sameKey: boolean } {
    const row = read.get();
    if (!row || row.key_id === null) return { status: 'sealed_now', unsealedRows: 0, findings: [], sealed: false, sameKey: false };
    if (row.key_id !== keyId) {
      return { status: 'sealed_now', unsealedRows: 0, findings: [finding('seal_key_changed', 'integrity.sealKeyChanged', {})], sealed: true, sameKey: false };
    }
    if (row.mac === null || !sameHex(macOf(row.heads), row.mac)) {
      return { status: 'failed', unsealedRows: 0, findings: [finding('seal_mismatch', 'integrity.sealMismatch', {})], sealed: true, sameKey: true };
    }
    const sealed = JSON.parse(row.heads) as Partial<Heads>;
    const findings: IntegrityFinding[] = [];
    let unsealedRows = 0;
    for (const table of CHAIN_NAMES) {
      const head = sealed[table] ?? { rowid: 0, hash: GENESIS_HASH };
      const kept = head.rowid === 0 || hashAt[table].get(head.rowid) === head.hash || removed(table, head.hash);
      if (!kept) findings.push(finding('seal_behind', 'integrity.sealBehind', { table }));
      else unsealedRows += rowsAfter[table].get(head.rowid) ?? 0;
    }
    return { status: findings.length > 0 ? 'failed' : 'verified', unsealedRows, findings, sealed: true, sameKey: true };
  }

  return {
    /** The stores' chain-write hook: inside the writing transaction. */
    follow(): void {
      if (following) sealNow();
    },
    /**
     * At start-up, before anything is written: checks the seal, then seals the live heads
     * when it held (rows written without the key are taken in from here), when there was none
     * yet, or when the key changed (said in the report); stops following when it failed.
     */
    startup(removed: (chain: ChainName, hash: string) => boolean, expected: boolean): SealCheck {
      const { sealed, sameKey, ...check } = verify(removed);
      // No seal, while the newest backup was sealed: it was taken out of the file.
      if (!sealed && expected) {
        following = false;
        return { status: 'failed', unsealedRows: 0, findings: [finding('seal_mismatch', 'integrity.sealRemoved', {})] };
      }
      if (check.status === 'failed') following = false;
      else if (!sealed || !sameKey || check.unsealedRows > 0) {
        try {
          sealInTransaction.immediate();
        } catch (error) {
          // A read-only or full disk: nothing can be written this run anyway; the next start seals.
          log(error);
        }
      }
      return check;
    },
    /** For a later full check: the same verdict, read only. */
    verify(removed: (chain: ChainName, hash: string) => boolean): SealCheck {
      const { sealed: _sealed, sameKey: _sameKey, ...check } = verify(removed);
      return following ? check : { ...check, status: 'failed' };
    },
    /** The key's fingerprint, as the backups' witness records it (never the key). */
    keyId,
  };
}

export type ChainSeal = ReturnType<typeof createChainSeal>;

function byChain<T>(make: (table: ChainName) => T): Record<ChainName, T> {
  return Object.fromEntries(CHAIN_NAMES.map((n) => [n, make(n)])) as Record<ChainName, T>;
}
