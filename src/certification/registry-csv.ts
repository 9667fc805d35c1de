import { stringify } from 'csv-stringify/sync';
import { certificateState } from './certificate.ts';
import type { Certificate } from './certificate.ts';

/** The registry's columns, in order. */
export const REGISTRY_COLUMNS = [
  'code',
  'holder',
  'holder_id',
  'track',
  'track_id',
  'channels',
  'status',
  'score',
  'issued_at',
  'valid_until',
  'recertifies',
  'revoked_at',
  'revoked_by',
  'revocation_reason',
] as const;

/**
 * The registry of certificates as CSV, one row per certificate with its state at `now`, for
 * spreadsheets: cells that would start a formula (`=`, `+`, `-`, `@`) are escaped.
 */
export function registryCsv(certificates: readonly Certificate[], now: Date): string {
  const rows = certificates.map((certificate) => {
    const { record, revocation } = certificate;
    return {
      code: certificate.code,
      holder: record.holder.name,
      holder_id: record.holder.id,
      track: record.track.title,
      track_id: record.track.id,
      channels: record.track.channels.join(' '),
      status: certificateState(certificate, now),
      score: record.score,
      issued_at: record.issuedAt,
      valid_until: record.validUntil,
      recertifies: record.recertifies ?? '',
      revoked_at: revocation?.at ?? '',
      revoked_by: revocation?.by ?? '',
      revocation_reason: revocation?.reason ?? '',
    };
  });
  return stringify(rows, { header: true, columns: [...REGISTRY_COLUMNS], escape_formulas: true });
}
