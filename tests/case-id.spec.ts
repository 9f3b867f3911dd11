import { expect, test } from '@playwright/test';
import { decodePath, encodePath, familyOf, matrixCaseId, MAX_CASE_ID, namesMatrixCase, pathOf, propertyCaseId } from '../src/scenarios/case-id.js';

test('a shrunk fast-check path prints compact and decodes to the same path', () => {
  const path = '12:3:1:0:0:0:0:0:1:0:0';
  const id = propertyCaseId('launch', path);
  expect(id).toBe('launch/c310+5100');
  expect(pathOf('launch', id)).toBe(path);
  // Values of 36 and more, and runs of 36 and more.
  const wide = ['1000', '35', '36', ...Array<string>(40).fill('7'), '0', '0'].join(':');
  expect(encodePath(wide)).toBe('_rs_z_10_7+_14_00');
  expect(decodePath(encodePath(wide))).toBe(wide);
});

test('every path, encoded, decodes to itself, and typical shrink paths come out short', () => {
  let seed = 7;
  const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
  for (let k = 0; k < 500; k++) {
    const path = Array.from({ length: 1 + next(40) }, () => (next(4) === 0 ? next(5000) : next(3))).join(':');
    expect(decodePath(encodePath(path)), path).toBe(path);
  }
  const long = `session-ended:${['45', ...Array<string>(30).fill('0'), '1', '1', '2', ...Array<string>(20).fill('0')].join(':')}`;
  const short = propertyCaseId('session-ended', long.slice('session-ended:'.length));
  expect(long.length).toBeGreaterThan(100);
  expect(short.length).toBeLessThanOrEqual(MAX_CASE_ID);
});

test('old colon ids still name their path; the index of an unshrunk case stays as it is', () => {
  expect(propertyCaseId('slots', '9')).toBe('slots:9');
  expect(pathOf('slots', 'slots:9')).toBe('9');
  expect(pathOf('launch', 'launch:12:3:1:0:0')).toBe('12:3:1:0:0');
  expect(pathOf('launch', 'launch:x')).toBeUndefined();
  expect(pathOf('launch', 'launch/c3!')).toBeUndefined();
  expect(pathOf('launch', 'robust:1')).toBeUndefined();
});

test('a case id names its family, whichever separator it uses', () => {
  expect(familyOf('session-ended/c310+5')).toBe('session-ended');
  expect(familyOf('session-ended:4')).toBe('session-ended');
  expect(familyOf('resume:AddToShoppingCart/token-missing/session-open')).toBe('resume');
});

test('a long matrix id prints short and stable, and both forms name the case', () => {
  const id = 'resume:ScheduleDelivery/token-missing/session-fresh';
  const short = matrixCaseId(id);
  expect(short.length).toBeLessThanOrEqual(MAX_CASE_ID);
  expect(short.startsWith('resume:ScheduleDelivery/')).toBe(true);
  expect(matrixCaseId(id)).toBe(short);
  expect(matrixCaseId('resume:ScheduleDelivery/token-missing/session-frest')).not.toBe(short);
  expect(/^[\w@%+=:,./-]+$/.test(short), 'typed without quotes').toBe(true);
  expect(namesMatrixCase(short, id)).toBe(true);
  expect(namesMatrixCase(id, id)).toBe(true);
  expect(matrixCaseId('consent:fresh')).toBe('consent:fresh');
});
