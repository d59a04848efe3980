import { describe, expect, it } from 'vitest';
import { fieldMessage, lowerFirst } from './messages';

describe('lowerFirst', () => {
  it('lowers the first letter of an ordinary label, not of an abbreviation', () => {
    expect(lowerFirst('High needs block income')).toBe('high needs block income');
    expect(lowerFirst('EHCPs maintained')).toBe('EHCPs maintained');
    expect(lowerFirst('DfE note')).toBe('DfE note');
  });
});

describe('fieldMessage', () => {
  it('turns a missing answer into what to do', () => {
    expect(fieldMessage('High needs block income', 'is required to submit')).toBe(
      'Enter high needs block income',
    );
    expect(fieldMessage('A RAG rating for Finance', 'is required to submit', 'Select')).toBe(
      'Select a RAG rating for Finance',
    );
  });

  it('puts a rule after the field it is about', () => {
    expect(fieldMessage('Savings target', 'must not be negative')).toBe(
      'Savings target must not be negative',
    );
    expect(
      fieldMessage(
        'Placements',
        'add up to 2,400, more than the 2,380 EHCPs maintained (demand.ehcpsTotal)',
      ),
    ).toBe('Placements add up to 2,400, more than the 2,380 EHCPs maintained');
  });

  it('names the field once when the message already names it', () => {
    expect(
      fieldMessage('High needs block income', 'High needs block income must not be negative'),
    ).toBe('High needs block income must not be negative');
    expect(fieldMessage('The note', 'the note is too long')).toBe('The note is too long');
  });

  it('keeps an instruction as it is, with a capital letter', () => {
    expect(fieldMessage('Position statement', 'enter a position statement')).toBe(
      'Enter a position statement',
    );
  });

  it("rewrites parseMoney's hint for the field", () => {
    expect(
      fieldMessage(
        'Savings target',
        'enter an amount in pounds, like 20067000, £20,067,000 or £20.067m',
      ),
    ).toBe('Enter savings target in pounds, like £20,067,000 or £20.067m');
  });
});
