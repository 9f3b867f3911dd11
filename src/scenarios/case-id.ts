/**
 * Case ids short enough to type. A property case is its fast-check path (a colon list of integers: the run,
 * then one index per shrinking step); shrunk, that list runs long (`launch:12:3:1:0:0:0:0:1:0`), so it prints
 * compact as `family/code` (`launch/c310+410`): each integer one base-36 character (`_digits_` when it needs more), a run of the
 * same integer `x+n` (n in base 36, `_digits_` when it needs more). A matrix case keeps its id up to
 * MAX_CASE_ID characters, else its start and a hash. `--case` takes both forms and the long ones.
 */

/** Longest case id printed as it is. */
export const MAX_CASE_ID = 40;

const base36 = (n: number): string => (n < 36 ? n.toString(36) : `_${n.toString(36)}_`);

/** A fast-check path in the compact code: `12:3:1:0:0:0:0:1:0` is `c310+410`. */
export function encodePath(path: string): string {
  const values = path.split(':').map(Number);
  let code = '';
  for (let i = 0; i < values.length; ) {
    const value = values[i] as number;
    let run = 1;
    while (values[i + run] === value) run++;
    // A pair costs the same written twice; from three on the run is shorter.
    code += run >= 3 ? `${base36(value)}+${base36(run)}` : base36(value).repeat(run);
    i += run;
  }
  return code;
}

/** The fast-check path a compact code stands for; undefined when the code is not one. */
export function decodePath(code: string): string | undefined {
  const values: number[] = [];
  const token = /_([0-9a-z]+)_|([0-9a-z])/y;
  const read = (): number | undefined => {
    const m = token.exec(code);
    if (!m) return undefined;
    return parseInt(m[1] ?? m[2] ?? '', 36);
  };
  token.lastIndex = 0;
  while (token.lastIndex < code.length) {
    const value = read();
    if (value === undefined) return undefined;
    let times = 1;
    if (code[token.lastIndex] === '+') {
      token.lastIndex++;
      const n = read();
      if (n === undefined || n < 1) return undefined;
      times = n;
    }
    for (let k = 0; k < times; k++) values.push(value);
  }
  return values.length > 0 ? values.join(':') : undefined;
}

const isPath = (s: string): boolean => /^\d+(:\d+)*$/.test(s);

/** A property case's printed id: the run's index as it is (`launch:12`), a longer path compact (`launch/c310+5`). */
export function propertyCaseId(family: string, path: string): string {
  return path.includes(':') ? `${family}/${encodePath(path)}` : `${family}:${path}`;
}

/** The fast-check path a property case id names for a family (compact or colon form), or undefined. */
export function pathOf(family: string, caseId: string): string | undefined {
  if (caseId.startsWith(`${family}/`)) return decodePath(caseId.slice(family.length + 1));
  if (caseId.startsWith(`${family}:`)) {
    const path = caseId.slice(family.length + 1);
    return isPath(path) ? path : undefined;
  }
  return undefined;
}

/** The family a case id belongs to: what comes before its first `:` or `/`. */
export function familyOf(caseId: string): string {
  const end = [caseId.indexOf(':'), caseId.indexOf('/')].filter((i) => i >= 0);
  return end.length ? caseId.slice(0, Math.min(...end)) : caseId;
}

/** FNV-1a, in base 36: a short hash that stays the same from run to run. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36).padStart(7, '0');
}

/** A matrix case's printed id: the id itself when short, else its start and a hash of the whole (still unique). */
export function matrixCaseId(id: string): string {
  if (id.length <= MAX_CASE_ID) return id;
  const tail = `-${hash(id)}`;
  return `${id.slice(0, MAX_CASE_ID - tail.length)}${tail}`;
}

/** Whether `--case` names this matrix case: its printed id or its full one. */
export const namesMatrixCase = (caseId: string, id: string): boolean => caseId === id || caseId === matrixCaseId(id);
