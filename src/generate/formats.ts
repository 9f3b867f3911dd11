import fc from 'fast-check';

/**
 * The formats the schemas use, each with a generator (whose output ajv-formats' full mode accepts: the
 * property tests prove it), a loose shape check (to hold domain values and patterns to the format), and a
 * value no reading of the format accepts (for invalid values).
 */
interface Format {
  readonly arbitrary: () => fc.Arbitrary<string>;
  readonly accepts: RegExp;
  readonly broken: string;
}

const secondsOrMillis = (d: Date): string => (d.getUTCMilliseconds() % 2 === 0 ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : d.toISOString());

export const FORMATS: Readonly<Record<string, Format>> = {
  'date-time': {
    arbitrary: () =>
      fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2040-12-31T23:59:59Z'), noInvalidDate: true }).map(secondsOrMillis),
    accepts: /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/,
    broken: 'not a date-time',
  },
  uri: {
    arbitrary: () => fc.webUrl({ withQueryParameters: true, withFragments: true }),
    accepts: /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/,
    broken: 'not a uri',
  },
  uuid: {
    arbitrary: () => fc.uuid(),
    accepts: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    broken: 'not-a-uuid',
  },
  email: {
    arbitrary: () => fc.emailAddress(),
    accepts: /^[^\s@]+@[^\s@]+$/,
    broken: 'not an email address',
  },
};

export const formatAccepts = (format: string, s: string): boolean => FORMATS[format]?.accepts.test(s) ?? false;
