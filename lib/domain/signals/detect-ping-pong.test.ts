import { describe, expect, it } from 'vitest';
import { detectPingPong } from './detect-ping-pong';
import type { TSignalEvent } from './signal-input';
import { event, handover, input, policy } from './signal-test-fixtures';

const detect = (events: TSignalEvent[]) => detectPingPong(input({ events }), policy);
const summary = (events: TSignalEvent[]) =>
  detect(events).map((s) => [s.subjectUserId, s.metrics.bounces, s.metrics.longestRun]);

describe('detectPingPong', () => {
  it.each<[string, TSignalEvent[], (string | number | null)[][]]>([
    ['assigned once', [handover(1, null, 'lan', 'hung', 'STEP_ASSIGNED')], []],
    ['A→B, passed on once', [handover(1, null, 'lan', 'hung', 'STEP_ASSIGNED'), handover(2, 'lan', 'binh', 'lan')], []],
    ['A→B→A, B passed it back', [
      handover(1, null, 'lan', 'hung', 'STEP_ASSIGNED'), handover(2, 'lan', 'binh', 'lan'), handover(3, 'binh', 'lan', 'binh'),
    ], [['binh', 1, 0]]],
    ['A→B→A→B by the people themselves: one signal each', [
      handover(1, null, 'lan', 'hung', 'STEP_ASSIGNED'), handover(2, 'lan', 'binh', 'lan'),
      handover(3, 'binh', 'lan', 'binh'), handover(4, 'lan', 'binh', 'lan'),
    ], [['binh', 1, 0], ['lan', 1, 0]]],
    ['A→B→A→B all done by the head: one signal, two bounces', [
      handover(1, null, 'lan', 'hung', 'STEP_ASSIGNED'), handover(2, 'lan', 'binh', 'hung'),
      handover(3, 'binh', 'lan', 'hung'), handover(4, 'lan', 'binh', 'hung'),
    ], [['hung', 2, 0]]],
    ['A→B→C→A, three reassignments (not more than 3), no bounce', [
      handover(1, 'lan', 'binh', 'hung'), handover(2, 'binh', 'an', 'hung'), handover(3, 'an', 'lan', 'hung'),
    ], []],
    ['A→B→C→A→B, four reassignments without progress', [
      handover(1, 'lan', 'binh', 'hung'), handover(2, 'binh', 'an', 'hung'),
      handover(3, 'an', 'lan', 'hung'), handover(4, 'lan', 'binh', 'hung'),
    ], [['hung', 0, 4]]],
    ['the same four with progress in the middle', [
      handover(1, 'lan', 'binh', 'hung'), handover(2, 'binh', 'an', 'hung'), event(3, 'STEP_PROGRESS'),
      handover(4, 'an', 'lan', 'hung'), handover(5, 'lan', 'binh', 'hung'),
    ], []],
    ['STEP_STARTED is not progress', [
      handover(1, 'lan', 'binh', 'hung'), handover(2, 'binh', 'an', 'hung'), event(3, 'STEP_STARTED'),
      handover(4, 'an', 'lan', 'hung'), handover(5, 'lan', 'binh', 'hung'),
    ], [['hung', 0, 4]]],
    ['a bounce counts even after progress', [
      handover(1, 'lan', 'binh', 'lan'), event(2, 'STEP_PROGRESS'), handover(3, 'binh', 'lan', 'binh'),
    ], [['binh', 1, 0]]],
    ['a handover to the current holder is ignored', [
      handover(1, null, 'lan', 'hung', 'STEP_ASSIGNED'), handover(2, 'lan', 'lan', 'hung'), handover(3, 'lan', 'binh', 'lan'),
    ], []],
  ])('%s', (_why, events, expected) => {
    expect(summary(events)).toEqual(expected);
  });

  it('counts the round trips of A→B→A→B and explains them', () => {
    const [signal] = detect([
      handover(1, null, 'lan', 'hung', 'STEP_ASSIGNED'), handover(2, 'lan', 'binh', 'hung'),
      handover(3, 'binh', 'lan', 'hung'), handover(4, 'lan', 'binh', 'hung'),
    ]);
    expect(signal).toMatchObject({
      key: 'PING_PONG:s1:hung', subjectUserId: 'hung', stepId: 's1', since: handover(3, 'binh', 'lan', 'hung').at,
      metrics: { bounces: 2, longestRun: 0, totalBounces: 2 }, evidenceEventIds: ['e2', 'e3', 'e4'],
    });
    expect(signal.explanation).toBe(
      'Lê Văn Hùng đã chuyển khâu «Xử lý, dự thảo» (nhiệm vụ «Rà soát quy chế») qua lại 2 lần ' +
        '(Nguyễn Thị Lan → Trần Văn Bình → Nguyễn Thị Lan → Trần Văn Bình).',
    );
  });

  it('blames the person whose "not my remit" return was upheld back to the first holder', () => {
    const events = [
      handover(1, null, 'lan', 'hung', 'STEP_ASSIGNED'),
      event(2, 'STEP_RETURNED', { actorId: 'lan' }), handover(3, 'lan', 'minh', 'hung', 'RETURN_UPHELD'),
      event(4, 'STEP_RETURNED', { actorId: 'minh' }), handover(5, 'minh', 'lan', 'hung', 'RETURN_UPHELD'),
    ];
    const [signal] = detect(events);
    expect(signal).toMatchObject({ subjectUserId: 'minh', unitId: 'tc', metrics: { bounces: 1 } });
  });

  it('finds a task bounced between units (task-level events with unit ids)', () => {
    const unitHandover = (seq: number, from: string, to: string) =>
      event(seq, 'STEP_REASSIGNED', { stepId: null, actorId: 'hung', payload: { fromUnitId: from, toUnitId: to } });
    const [signal] = detect([unitHandover(1, 'dd', 'tc'), unitHandover(2, 'tc', 'dd')]);
    expect(signal).toMatchObject({ key: 'PING_PONG:task:t1:hung', stepId: null, metrics: { bounces: 1 } });
    expect(signal.explanation).toContain('(BHXH quận Đống Đa → Vụ Tài chính → BHXH quận Đống Đa)');
  });

  it('rejects a threshold that is not a positive integer', () => {
    expect(() => detectPingPong(input(), { pingPongReassignments: 0 })).toThrow(RangeError);
  });
});
