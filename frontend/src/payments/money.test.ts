import { describe, expect, it } from 'vitest';
import { pounds } from '../format';
import { parseMiles, parsePounds, poundsInput } from './money';

describe('money', () => {
  it('is shown in pounds and pence', () => {
    expect(pounds(1250)).toBe('£12.50');
    expect(pounds(-640)).toBe('-£6.40');
    expect(pounds(123456)).toBe('£1,234.56');
  });

  it('is read from what people type, with or without £, commas and pence', () => {
    expect(parsePounds('12.50')).toBe(1250);
    expect(parsePounds(' £12.5 ')).toBe(1250);
    expect(parsePounds('12')).toBe(1200);
    expect(parsePounds('£1,250.05')).toBe(125005);
    expect(parsePounds('0.07')).toBe(7);
  });

  it('is not read from anything that is not an amount', () => {
    for (const typed of ['', 'twelve', '12.505', '-5', '1,25', '12.', '£']) {
      expect(parsePounds(typed), typed).toBeUndefined();
    }
  });

  it('is given back to a form in pounds with two decimals', () => {
    expect(poundsInput(1250)).toBe('12.50');
    expect(poundsInput(0)).toBe('0.00');
    expect(poundsInput(undefined)).toBe('');
    expect(parsePounds(poundsInput(98765))).toBe(98765);
  });
});

describe('miles', () => {
  it('are more than 0 and at most 1000, with at most two decimals', () => {
    expect(parseMiles('12.5')).toBe(12.5);
    expect(parseMiles('1000')).toBe(1000);
    expect(parseMiles('0')).toBeUndefined();
    expect(parseMiles('1000.01')).toBeUndefined();
    expect(parseMiles('3.333')).toBeUndefined();
  });
});
