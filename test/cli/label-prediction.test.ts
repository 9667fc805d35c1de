import { describe, expect, it } from 'vitest';
import { predictLabels } from '../../src/cli/label-prediction.ts';
import { reportWith } from './report-builder.ts';

describe('predictLabels', () => {
  it('predicts nothing from a report where every criterion is n/a', () => {
    expect(predictLabels(reportWith({}))).toEqual({
      apology: false,
      thanks: false,
      contradiction: false,
      refusal: false,
      explained: false,
      private: false,
      pii: false,
    });
  });

  it.each([
    ['apology', { apology: { status: 'met' } }, true],
    ['apology', { apology: { status: 'missed' } }, false],
    ['thanks', { thanks: { status: 'met' } }, true],
    ['contradiction', { 'no-contradiction': { status: 'violated' } }, true],
    ['contradiction', { 'no-contradiction': { status: 'met' } }, false],
    ['refusal', { 'explained-refusal': { status: 'violated' } }, true],
    ['refusal', { 'explained-refusal': { status: 'missed' } }, true],
    ['refusal', { 'explained-refusal': { status: 'n/a' } }, false],
    ['explained', { 'explained-refusal': { status: 'met' } }, true],
    ['explained', { 'explained-refusal': { status: 'missed' } }, false],
    ['private', { 'take-private': { status: 'met', messageId: 'privateOffer' } }, true],
    ['private', { 'take-private': { status: 'violated', messageId: 'privateOfferWithPii' } }, true],
    ['private', { 'take-private': { status: 'violated', messageId: 'publicPiiRequest' } }, false],
    ['pii', { 'take-private': { status: 'violated', messageId: 'publicPiiRequest' } }, true],
    ['pii', { 'take-private': { status: 'violated', messageId: 'privateOfferWithPii' } }, false],
    ['pii', { 'take-private': { status: 'missed', messageId: 'publicPii' } }, false],
  ] as const)('reads %s from %j as %s', (label, verdicts, expected) => {
    expect(predictLabels(reportWith(verdicts))[label]).toBe(expected);
  });
});
