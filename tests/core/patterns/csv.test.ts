// A pattern view's numbers as CSV: header row of the rows' axis and column labels, quoting, formulas defused.
import { describe, expect, it } from 'vitest';
import { patternCsv } from '../../../src-renderer/core/patterns/csv';
import { matrix } from './fixtures';

describe('pattern CSV', () => {
  it('writes a header (rows label, column labels) and one record per row, RFC 4180 quoted, CRLF, with a BOM', () => {
    expect(patternCsv(matrix)).toBe(
      '\uFEFF' +
        'Tags,"Drought, ""dry"" & hot","\'=HYPERLINK(""http://evil"")"\r\n' +
        'Type,3,0\r\n' +
        'Type/Claim,2,0\r\n' +
        'Actor <"Putin" & co>,0,7\r\n'.replace('Actor <"Putin" & co>', '"Actor <""Putin"" & co>"'),
    );
  });

  it('writes zero for a missing count', () => {
    expect(patternCsv({ ...matrix, counts: [[1]] })).toContain('\r\nType/Claim,0,0\r\n');
  });
});
